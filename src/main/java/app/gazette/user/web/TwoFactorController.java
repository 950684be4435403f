package app.gazette.user.web;

import app.gazette.security.SecondFactor;
import app.gazette.shared.web.AdminPage;
import app.gazette.user.TwoFactorRefused;
import app.gazette.user.TwoFactorService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's own two-factor sign-in: turning it on (the QR code, served here and never cached, with
 * the secret as text; a right code confirms it and shows the ten recovery codes once), and turning
 * it off with a current code or the password. The page open to staff the admin requires it of.
 */
@Controller
@AdminPage
@RequestMapping("/admin/account/two-factor")
class TwoFactorController {

    static final String VIEW = "admin/two-factor";

    private final TwoFactorService twoFactor;

    TwoFactorController(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String show(Principal principal, Model model) {
        return page(principal.getName(), model);
    }

    @GetMapping(value = "/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrCode(Principal principal) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(twoFactor.pendingQrCode(principal.getName()));
    }

    @PostMapping("/confirm")
    String confirm(
            @RequestParam(defaultValue = "") String code,
            Principal principal,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            model.addAttribute("recoveryCodes", twoFactor.confirm(principal.getName(), code));
        } catch (TwoFactorRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", refused.reason().code());
            return page(principal.getName(), model);
        }
        SecondFactor.grant(request, response);
        response.setHeader("Cache-Control", "no-store");
        return "admin/two-factor-codes";
    }

    @PostMapping("/disable")
    String disable(
            @RequestParam(defaultValue = "") String codeOrPassword,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            twoFactor.disable(principal.getName(), codeOrPassword);
        } catch (TwoFactorRefused refused) {
            response.setStatus(
                    refused.reason() == TwoFactorRefused.Reason.LOCKED ? 429 : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", refused.reason().code());
            return page(principal.getName(), model);
        }
        redirect.addFlashAttribute("notice", "twofactor.disabled");
        return "redirect:/admin/account";
    }

    private String page(String username, Model model) {
        var security = twoFactor.status(username);
        model.addAttribute("security", security);
        if (!security.twoFactorOn()) {
            model.addAttribute("secret", twoFactor.pendingSecret(username));
        }
        return VIEW;
    }
}
