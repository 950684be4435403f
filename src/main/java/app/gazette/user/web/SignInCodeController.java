package app.gazette.user.web;

import app.gazette.security.LoginGuard;
import app.gazette.security.SecondFactor;
import app.gazette.shared.web.AdminPage;
import app.gazette.user.TwoFactorRefused;
import app.gazette.user.TwoFactorService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in, the only newsroom page open to a member with two-factor sign-in
 * until they pass it: a code from their app, or one of their recovery codes. A locked sign-in gets
 * the sign-in lock's page (429), like a locked password.
 */
@Controller
@AdminPage
@RequestMapping("/admin/sign-in/code")
class SignInCodeController {

    static final String VIEW = "admin/sign-in-code";

    private final TwoFactorService twoFactor;

    SignInCodeController(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String show() {
        return VIEW;
    }

    @PostMapping
    String check(
            @RequestParam(defaultValue = "") String code,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            twoFactor.signIn(principal.getName(), code, request.getRemoteAddr());
        } catch (TwoFactorRefused refused) {
            if (refused.lock().isPresent()) {
                request.setAttribute(LoginGuard.LOCK, refused.lock().get());
                return "forward:/login/locked";
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", refused.reason().code());
            return VIEW;
        }
        SecondFactor.grant(request, response);
        return "redirect:/admin";
    }
}
