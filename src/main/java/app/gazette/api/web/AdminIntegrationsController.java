package app.gazette.api.web;

import app.gazette.api.keys.ContentKeys;
import app.gazette.api.keys.IssuedKey;
import app.gazette.shared.NotFoundException;
import app.gazette.shared.SiteFormats;
import app.gazette.shared.web.AdminPage;
import app.gazette.site.SiteAddress;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Integrations (admins): content keys for the Content API. A key's secret is shown once,
 * on the page that answers its creation or regeneration, and never kept (not even in the session).
 */
@Controller
@AdminPage
@RequestMapping("/admin/integrations")
class AdminIntegrationsController {

    static final String VIEW = "admin/integrations";

    private final ContentKeys keys;
    private final SiteAddress address;
    private final SiteFormats formats;

    AdminIntegrationsController(ContentKeys keys, SiteAddress address, SiteFormats formats) {
        this.keys = keys;
        this.address = address;
        this.formats = formats;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("contentKeyForm", ContentKeyForm.empty());
        return view(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("contentKeyForm") ContentKeyForm form,
            BindingResult errors,
            HttpServletResponse response,
            Model model) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return view(model);
        }
        IssuedKey key = keys.create(form.name().strip());
        model.addAttribute("contentKeyForm", ContentKeyForm.empty());
        return issued(key, model);
    }

    @PostMapping("/{id}/regenerate")
    String regenerate(@PathVariable long id, Model model) {
        model.addAttribute("contentKeyForm", ContentKeyForm.empty());
        return issued(keys.regenerate(id).orElseThrow(NotFoundException::new), model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        if (!keys.revoke(id)) {
            throw new NotFoundException();
        }
        redirect.addFlashAttribute("notice", "api.keys.revoked");
        return "redirect:/admin/integrations";
    }

    private String issued(IssuedKey key, Model model) {
        model.addAttribute("issued", key);
        return view(model);
    }

    private String view(Model model) {
        model.addAttribute(
                "keys",
                keys.list().stream()
                        .map(key -> new KeyRow(
                                key.id(),
                                key.name(),
                                key.hint(),
                                formats.dateTime(key.createdAt()),
                                formats.dateTime(key.issuedAt())))
                        .toList());
        model.addAttribute("apiBase", address.base() + "/api/v1");
        return VIEW;
    }

    /** A key as the page lists it: its secret's last characters and when it was made and last issued. */
    record KeyRow(long id, String name, String hint, String created, String issued) {}
}
