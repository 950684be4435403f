package app.gazette.user.web;

import app.gazette.user.UserService;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An admin's "reset password" form: the new password only. */
public record PasswordForm(
        @NotNull(message = "{users.refused.PASSWORD_TOO_SHORT}")
        @Size(min = UserService.MIN_PASSWORD_LENGTH, message = "{users.refused.PASSWORD_TOO_SHORT}")
        String password) {

    static PasswordForm empty() {
        return new PasswordForm("");
    }
}
