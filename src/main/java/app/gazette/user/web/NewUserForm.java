package app.gazette.user.web;

import app.gazette.user.Role;
import app.gazette.user.UserService;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The "new user" form. The service checks the password rules again (and that it is not the email). */
public record NewUserForm(
        @NotBlank(message = "{users.username.required}")
        @Size(max = 64, message = "{users.username.size}")
        @Pattern(regexp = LOGIN, message = "{users.username.pattern}")
        @Pattern(regexp = SINGLE_LINE, message = "{form.controlCharacters}")
        String username,

        @NotBlank(message = "{users.email.required}")
        @Email(message = "{users.email.invalid}")
        @Size(max = 254, message = "{users.email.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{users.email.invalid}")
        String email,

        @NotBlank(message = "{users.displayName.required}")
        @Size(max = 100, message = "{users.displayName.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{form.controlCharacters}")
        String displayName,

        @NotNull(message = "{users.role.required}") Role role,

        @NotNull(message = "{users.refused.PASSWORD_TOO_SHORT}")
        @Size(min = UserService.MIN_PASSWORD_LENGTH, message = "{users.refused.PASSWORD_TOO_SHORT}")
        String password) {

    /** Control characters are left to SINGLE_LINE, which has the clearer message for them. */
    static final String LOGIN = "[A-Za-z0-9._@\\p{Cntrl}-]*";

    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

    static NewUserForm empty() {
        return new NewUserForm("", "", "", Role.EDITOR, "");
    }
}
