package app.gazette.user.web;

import app.gazette.shared.web.AdminPage;
import app.gazette.user.TwoFactorService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins only (under /admin/users): whether every member of staff must use two-factor sign-in. */
@Controller
@AdminPage
@RequestMapping("/admin/users/two-factor")
class TwoFactorPolicyController {

    private final TwoFactorService twoFactor;

    TwoFactorPolicyController(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("required", twoFactor.required());
        return "admin/users/two-factor";
    }

    @PostMapping
    String change(@RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        twoFactor.require(required);
        redirect.addFlashAttribute("notice", required ? "twofactor.policy.required" : "twofactor.policy.optional");
        return "redirect:/admin/users/two-factor";
    }
}
