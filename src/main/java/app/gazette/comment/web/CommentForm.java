package app.gazette.comment.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The "Post a Comment" form. */
public record CommentForm(
        @NotBlank(message = "{comment.name.required}") @Size(max = 100, message = "{comment.name.size}")
        String name,
        @Email(message = "{comment.email.invalid}") @Size(max = 254, message = "{comment.email.size}")
        String email,
        @NotBlank(message = "{comment.body.required}") @Size(max = 10_000, message = "{comment.body.size}")
        String body) {

    public static CommentForm empty() {
        return new CommentForm("", "", "");
    }
}
