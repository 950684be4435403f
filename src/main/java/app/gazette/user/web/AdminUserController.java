package app.gazette.user.web;

import app.gazette.shared.LoginNames;
import app.gazette.shared.NotFoundException;
import app.gazette.shared.web.AdminPage;
import app.gazette.user.NewUser;
import app.gazette.user.Role;
import app.gazette.user.UserChangeRefused;
import app.gazette.user.UserService;
import app.gazette.user.UserView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Users (admins): list, create, enable/disable, role, password reset. */
@Controller
@AdminPage
@RequestMapping("/admin/users")
class AdminUserController {

    static final String LIST = "admin/users/list";
    static final String NEW = "admin/users/new";
    static final String PASSWORD = "admin/users/password";

    private final UserService users;

    AdminUserController(UserService users) {
        this.users = users;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.list());
        return LIST;
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", NewUserForm.empty());
        return NEW;
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("userForm") NewUserForm form,
            BindingResult errors,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                users.create(
                        new NewUser(form.username(), form.email(), form.displayName(), form.role(), form.password()));
                return done(redirect, "users.created", LoginNames.trimmed(form.username()));
            } catch (UserChangeRefused refused) {
                String field = switch (refused.reason()) {
                    case USERNAME_TAKEN, USERNAME_INVALID -> "username";
                    case EMAIL_TAKEN -> "email";
                    default -> "password";
                };
                errors.rejectValue(field, refused.reason().code());
            }
        }
        response.setStatus(isConflict(errors) ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        return NEW;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, () -> users.setEnabled(id, true), "users.enabled", model, response, redirect);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, () -> users.setEnabled(id, false), "users.disabled", model, response, redirect);
    }

    @PostMapping("/{id}/role")
    String role(
            @PathVariable long id,
            @RequestParam Role role,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(id, () -> users.changeRole(id, role), "users.roleChanged", model, response, redirect);
    }

    @GetMapping("/{id}/password")
    String passwordForm(@PathVariable long id, Model model) {
        model.addAttribute("user", user(id));
        model.addAttribute("passwordForm", PasswordForm.empty());
        return PASSWORD;
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable long id,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UserView user = user(id);
        if (!errors.hasErrors()) {
            try {
                users.resetPassword(id, form.password());
                return done(redirect, "users.passwordReset", user.username());
            } catch (UserChangeRefused refused) {
                errors.rejectValue("password", refused.reason().code());
            }
        }
        model.addAttribute("user", user);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return PASSWORD;
    }

    /** A change from the list: done → back to the list with a notice; refused → the list, 409. */
    private String change(
            long id,
            Runnable action,
            String notice,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UserView user = user(id);
        try {
            action.run();
            return done(redirect, notice, user.username());
        } catch (UserChangeRefused refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", refused.reason().code());
            return list(model);
        }
    }

    private UserView user(long id) {
        return users.find(id).orElseThrow(NotFoundException::new);
    }

    private static String done(RedirectAttributes redirect, String notice, String username) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArg", username);
        return "redirect:/admin/users";
    }

    private static boolean isConflict(BindingResult errors) {
        return errors.getFieldErrors().stream()
                .anyMatch(error -> error.getCode() != null && error.getCode().endsWith("_TAKEN"));
    }
}
