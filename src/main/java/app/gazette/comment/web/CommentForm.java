package app.gazette.comment.web;

import app.gazette.comment.FormStamp;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The "Post a Comment" form. Control characters are refused (line breaks only in the comment).
 * website is a trap for robots, hidden from people; renderedAt and signature are the form's
 * signed render time ({@link FormStamp}).
 */
public record CommentForm(
        @NotBlank(message = "{comment.name.required}")
        @Size(max = 100, message = "{comment.name.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{form.controlCharacters}")
        String name,

        @Email(message = "{comment.email.invalid}")
        @Size(max = 254, message = "{comment.email.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{form.controlCharacters}")
        String email,

        @NotBlank(message = "{comment.body.required}")
        @Size(max = 10_000, message = "{comment.body.size}")
        @Pattern(regexp = MULTI_LINE, message = "{form.controlCharacters}")
        String body,

        String website,
        String renderedAt,
        String signature) {

    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";
    static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    public static CommentForm empty() {
        return new CommentForm("", "", "", "", "", "");
    }

    public CommentForm withStamp(FormStamp stamp) {
        return new CommentForm(name, email, body, website, stamp.renderedAt(), stamp.signature());
    }

    boolean honeypotFilled() {
        return website != null && !website.isEmpty();
    }
}
