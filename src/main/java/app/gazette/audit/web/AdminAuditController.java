package app.gazette.audit.web;

import app.gazette.audit.AuditAction;
import app.gazette.audit.AuditLog;
import app.gazette.shared.SiteFormats;
import app.gazette.shared.web.AdminPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for admins: newest first, filtered by user, action and days, 50 to a page; a bad filter gets 400 with its message. */
@Controller
@AdminPage
class AdminAuditController {

    private final AuditLog log;
    private final SiteFormats formats;

    AdminAuditController(AuditLog log, SiteFormats formats) {
        this.log = log;
        this.formats = formats;
    }

    /** An entry as the page shows it: the time in the site's zone and as ISO for the time element. */
    record Row(String time, String iso, String username, String action, String target, String address) {}

    @ModelAttribute("actions")
    AuditAction[] actions() {
        return AuditAction.values();
    }

    @GetMapping("/admin/audit")
    String list(
            @Valid @ModelAttribute("filter") AuditFilterForm filter,
            BindingResult errors,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            model.addAttribute(
                    "entries",
                    log.search(filter.toQuery(formats.zone(), page))
                            .map(entry -> new Row(
                                    formats.dateTime(entry.at()),
                                    SiteFormats.iso(entry.at()),
                                    entry.username(),
                                    entry.action(),
                                    entry.target(),
                                    entry.address())));
        }
        return "admin/audit";
    }
}
