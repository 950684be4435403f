package app.gazette.site.web;

import app.gazette.shared.web.AdminPage;
import app.gazette.site.LogoRefused;
import app.gazette.site.ModerationMode;
import app.gazette.site.SettingsConflictException;
import app.gazette.site.SettingsService;
import app.gazette.site.SiteLogos;
import app.gazette.site.SiteSections;
import app.gazette.site.SiteSections.SectionsRefused;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.security.Principal;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Site settings (admins): in effect on every node as soon as they are saved. The logo is uploaded
 * (into the media library, through {@link SiteLogos}) and removed on its own form; the top menu's
 * sections ({@link SiteSections}) are chosen on theirs.
 */
@Controller
@AdminPage
@RequestMapping("/admin/settings")
class AdminSettingsController {

    static final String VIEW = "admin/settings";

    private final SettingsService settings;
    private final SiteLogos logos;
    private final SiteSections sections;

    AdminSettingsController(SettingsService settings, SiteLogos logos, SiteSections sections) {
        this.settings = settings;
        this.logos = logos;
        this.sections = sections;
    }

    @ModelAttribute("moderationModes")
    ModerationMode[] moderationModes() {
        return ModerationMode.values();
    }

    @GetMapping
    String edit(Model model) {
        model.addAttribute("settingsForm", SettingsForm.of(settings.current()));
        return view(model);
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
            return view(model);
        }
        try {
            settings.update(form.toSettings());
        } catch (SettingsConflictException e) {
            // keep the admin's values; saving again replaces the other admin's
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute(
                    "settingsForm", form.withVersion(settings.current().version()));
            model.addAttribute("conflict", true);
            return view(model);
        }
        redirect.addFlashAttribute("notice", "settings.saved");
        return "redirect:/admin/settings";
    }

    @PostMapping("/sections")
    String saveSections(
            @Valid @ModelAttribute("sectionsForm") SectionsForm form,
            BindingResult errors,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("settingsForm", SettingsForm.of(settings.current()));
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return view(model);
        }
        try {
            sections.choose(form.names());
        } catch (SectionsRefused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors.rejectValue("sections", refused.messageKey(), new Object[] {refused.argument()}, null);
            return view(model);
        } catch (SettingsConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors.rejectValue("sections", "settings.sections.conflict");
            return view(model);
        }
        redirect.addFlashAttribute("notice", "settings.sections.saved");
        return "redirect:/admin/settings";
    }

    @PostMapping("/logo")
    String uploadLogo(
            @RequestParam(required = false) MultipartFile file,
            Principal me,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            logos.upload(file, me.getName());
        } catch (LogoRefused refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("settingsForm", SettingsForm.of(settings.current()));
            model.addAttribute("logoRefusal", refused.messageKey());
            model.addAttribute("logoRefusalArgs", refused.messageArguments());
            return view(model);
        } catch (SettingsConflictException e) {
            return logoConflict(response, model);
        }
        redirect.addFlashAttribute("notice", "settings.logo.saved");
        return "redirect:/admin/settings";
    }

    /** The zone dates are shown in (the import page offers the imported blog's); a zone Java does not know gets 400. */
    @PostMapping("/time-zone")
    String timeZone(
            @RequestParam(defaultValue = "") String zone,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            settings.setTimeZone(ZoneId.of(zone.strip()));
        } catch (DateTimeException unknown) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return timeZoneRefused(model, "settings.timeZone.unknown");
        } catch (SettingsConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return timeZoneRefused(model, "settings.conflict");
        }
        redirect.addFlashAttribute("notice", "settings.timeZone.saved");
        return "redirect:/admin/settings";
    }

    private String timeZoneRefused(Model model, String why) {
        model.addAttribute("settingsForm", SettingsForm.of(settings.current()));
        model.addAttribute("timeZoneRefusal", why);
        return view(model);
    }

    @PostMapping("/logo/remove")
    String removeLogo(HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            settings.setLogo(null);
        } catch (SettingsConflictException e) {
            return logoConflict(response, model);
        }
        redirect.addFlashAttribute("notice", "settings.logo.removed");
        return "redirect:/admin/settings";
    }

    private String logoConflict(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("settingsForm", SettingsForm.of(settings.current()));
        model.addAttribute("logoRefusal", "settings.logo.conflict");
        model.addAttribute("logoRefusalArgs", new Object[0]);
        return view(model);
    }

    /** The page, with the stored sections unless the sections form itself came back, and the zone in effect. */
    private String view(Model model) {
        model.addAttribute("timeZone", settings.timeZone().getId());
        if (!model.containsAttribute("sectionsForm")) {
            model.addAttribute("sectionsForm", SectionsForm.of(settings.sections()));
        }
        return VIEW;
    }
}
