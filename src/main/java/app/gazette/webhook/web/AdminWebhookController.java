package app.gazette.webhook.web;

import app.gazette.shared.web.AdminPage;
import app.gazette.webhook.WebhookEvent;
import app.gazette.webhook.Webhooks;
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

/** Webhooks (admins): register, see secrets and delivery logs, send a test, re-key, switch, delete. */
@Controller
@AdminPage
@RequestMapping("/admin/webhooks")
class AdminWebhookController {

    static final String VIEW = "admin/webhooks";

    private final Webhooks webhooks;

    AdminWebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @ModelAttribute("events")
    java.util.List<WebhookEvent> events() {
        return WebhookEvent.subscribable();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("webhookForm", WebhookForm.empty());
        return view(model);
    }

    @PostMapping
    String register(
            @Valid @ModelAttribute("webhookForm") WebhookForm form,
            BindingResult errors,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("url") && !Webhooks.isValidUrl(form.url())) {
            errors.rejectValue("url", "webhooks.url.invalid");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return view(model);
        }
        webhooks.register(form.toNewWebhook());
        redirect.addFlashAttribute("notice", "webhooks.added");
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/{id}/test")
    String test(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", webhooks.sendTest(id) ? "webhooks.test.sent" : "webhooks.test.failed");
        return "redirect:/admin/webhooks#hook-" + id;
    }

    @PostMapping("/{id}/secret")
    String regenerate(@PathVariable long id, RedirectAttributes redirect) {
        webhooks.regenerateSecret(id);
        redirect.addFlashAttribute("notice", "webhooks.secret.regenerated");
        return "redirect:/admin/webhooks#hook-" + id;
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        webhooks.setEnabled(id, enabled);
        redirect.addFlashAttribute("notice", enabled ? "webhooks.enabled" : "webhooks.disabled");
        return "redirect:/admin/webhooks#hook-" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        webhooks.delete(id);
        redirect.addFlashAttribute("notice", "webhooks.deleted");
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/destinations")
    String destinations(@RequestParam(defaultValue = "false") boolean allowPrivate, RedirectAttributes redirect) {
        webhooks.allowPrivateDestinations(allowPrivate);
        redirect.addFlashAttribute("notice", "webhooks.destinations.saved");
        return "redirect:/admin/webhooks";
    }

    private String view(Model model) {
        model.addAttribute("webhooks", webhooks.list());
        model.addAttribute("allowPrivate", webhooks.allowsPrivateDestinations());
        return VIEW;
    }
}
