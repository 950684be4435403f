package app.gazette.site.web;

import app.gazette.shared.web.AdminPage;
import app.gazette.site.ModerationMode;
import app.gazette.site.SettingsConflictException;
import app.gazette.site.SettingsService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Site settings (admins): in effect on every node as soon as they are saved. */
@Controller
@AdminPage
@RequestMapping("/admin/settings")
class AdminSettingsController {

    static final String VIEW = "admin/settings";

    private final SettingsService settings;

    AdminSettingsController(SettingsService settings) {
        this.settings = settings;
    }

    @ModelAttribute("moderationModes")
    ModerationMode[] moderationModes() {
        return ModerationMode.values();
    }

    @GetMapping
    String edit(Model model) {
        model.addAttribute("settingsForm", SettingsForm.of(settings.current()));
        return VIEW;
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("settingsForm") SettingsForm form,
            BindingResult errors,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return VIEW;
        }
        try {
            settings.update(form.toSettings());
        } catch (SettingsConflictException e) {
            // keep the admin's values; saving again replaces the other admin's
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute(
                    "settingsForm", form.withVersion(settings.current().version()));
            model.addAttribute("conflict", true);
            return VIEW;
        }
        redirect.addFlashAttribute("notice", "settings.saved");
        return "redirect:/admin/settings";
    }
}
