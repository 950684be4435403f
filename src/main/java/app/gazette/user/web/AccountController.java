package app.gazette.user.web;

import app.gazette.shared.NotFoundException;
import app.gazette.shared.web.AdminPage;
import app.gazette.user.TwoFactorService;
import app.gazette.user.UserChangeRefused;
import app.gazette.user.UserService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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

/**
 * Every signed-in user's own account: who they are, changing their password (the one page open to
 * a member who must choose their own), and their two-factor sign-in.
 */
@Controller
@AdminPage
@RequestMapping("/admin/account")
class AccountController {

    static final String VIEW = "admin/account";

    private final UserService users;
    private final TwoFactorService twoFactor;

    AccountController(UserService users, TwoFactorService twoFactor) {
        this.users = users;
        this.twoFactor = twoFactor;
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
            HttpSession session,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("newPassword") && !form.repeated()) {
            errors.rejectValue("repeatPassword", "account.repeatPassword.mismatch");
        }
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (!errors.hasErrors()) {
            try {
                users.changeOwnPassword(
                        principal.getName(), form.currentPassword(), form.newPassword(), session.getId());
                redirect.addFlashAttribute("notice", "account.passwordChanged");
                return "redirect:/admin/account";
            } catch (UserChangeRefused refused) {
                status = refuse(refused, errors, response);
            }
        }
        response.setStatus(status);
        return page(principal, model);
    }

    /** Puts the refusal on its field; a locked check is 429 with the minutes to wait. */
    private static int refuse(UserChangeRefused refused, BindingResult errors, HttpServletResponse response) {
        switch (refused.reason()) {
            case CURRENT_PASSWORD_LOCKED -> {
                long seconds = Math.max(1, refused.retryAfter().toSeconds());
                response.setHeader("Retry-After", Long.toString(seconds));
                Object[] minutes = {(seconds + 59) / 60};
                errors.rejectValue("currentPassword", refused.reason().code(), minutes, null);
                return 429;
            }
            case WRONG_CURRENT_PASSWORD ->
                errors.rejectValue("currentPassword", refused.reason().code());
            default -> errors.rejectValue("newPassword", refused.reason().code());
        }
        return HttpServletResponse.SC_BAD_REQUEST;
    }

    private String page(Principal principal, Model model) {
        model.addAttribute("account", users.findByUsername(principal.getName()).orElseThrow(NotFoundException::new));
        model.addAttribute("security", twoFactor.status(principal.getName()));
        return VIEW;
    }
}
