package app.gazette.comment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A staff reply written in the newsroom. */
public record ReplyForm(
        @NotBlank(message = "{admin.comments.reply.body.required}")
        @Size(max = 10_000, message = "{admin.comments.reply.body.size}")
        @Pattern(regexp = CommentForm.MULTI_LINE, message = "{form.controlCharacters}")
        String body) {

    static ReplyForm empty() {
        return new ReplyForm("");
    }
}
