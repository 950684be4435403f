package app.gazette.user.web;

import app.gazette.shared.NotFoundException;
import app.gazette.shared.web.AdminPage;
import app.gazette.user.UserChangeRefused;
import app.gazette.user.UserService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own account: who they are, and changing their password. */
@Controller
@AdminPage
@RequestMapping("/admin/account")
class AccountController {

    static final String VIEW = "admin/account";

    private final UserService users;

    AccountController(UserService users) {
        this.users = users;
    }

    @GetMapping
    String show(Principal principal, Model model) {
        model.addAttribute("passwordForm", AccountPasswordForm.empty());
        return page(principal, model);
    }

    @PostMapping
    String changePassword(
            @Valid @ModelAttribute("passwordForm") AccountPasswordForm form,
            BindingResult errors,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("newPassword") && !form.repeated()) {
            errors.rejectValue("repeatPassword", "account.repeatPassword.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                users.changeOwnPassword(principal.getName(), form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute("notice", "account.passwordChanged");
                return "redirect:/admin/account";
            } catch (UserChangeRefused refused) {
                String field = refused.reason() == UserChangeRefused.Reason.WRONG_CURRENT_PASSWORD
                        ? "currentPassword"
                        : "newPassword";
                errors.rejectValue(field, refused.reason().code());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(principal, model);
    }

    private String page(Principal principal, Model model) {
        model.addAttribute("account", users.findByUsername(principal.getName()).orElseThrow(NotFoundException::new));
        return VIEW;
    }
}
