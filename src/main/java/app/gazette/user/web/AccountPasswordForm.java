package app.gazette.user.web;

import app.gazette.user.UserService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the current one, and the new one twice. */
public record AccountPasswordForm(
        @NotBlank(message = "{account.currentPassword.required}")
        String currentPassword,

        @NotNull(message = "{users.refused.PASSWORD_TOO_SHORT}")
        @Size(min = UserService.MIN_PASSWORD_LENGTH, message = "{users.refused.PASSWORD_TOO_SHORT}")
        String newPassword,

        String repeatPassword) {

    static AccountPasswordForm empty() {
        return new AccountPasswordForm("", "", "");
    }

    boolean repeated() {
        return newPassword != null && newPassword.equals(repeatPassword);
    }
}
