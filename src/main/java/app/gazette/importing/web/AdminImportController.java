package app.gazette.importing.web;

import app.gazette.importing.ImportJob;
import app.gazette.importing.ImportRefused;
import app.gazette.importing.ImportService;
import app.gazette.shared.NotFoundException;
import app.gazette.shared.SiteFormats;
import app.gazette.shared.web.AdminPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Import from Blogger or WordPress (admins): upload an export, watch it import in the background
 * (the page polls the progress endpoint; without script, reloading shows it), read what it made.
 */
@Controller
@AdminPage
@RequestMapping("/admin/import")
class AdminImportController {

    static final String VIEW = "admin/import";

    private final ImportService imports;
    private final MessageSource messages;
    private final SiteFormats formats;

    AdminImportController(ImportService imports, MessageSource messages, SiteFormats formats) {
        this.imports = imports;
        this.messages = messages;
        this.formats = formats;
    }

    @GetMapping
    String page(Model model) {
        imports.latest().ifPresent(job -> {
            model.addAttribute("job", job);
            ZoneId site = formats.zone();
            model.addAttribute("siteZone", site.getId());
            offeredZone(job, site).ifPresent(zone -> model.addAttribute("offerZone", zone));
        });
        return VIEW;
    }

    /** The blog's zone, offered on a finished import when the site shows dates in another one. */
    static Optional<String> offeredZone(ImportJob job, ZoneId site) {
        String blog = job.report().blogZone();
        if (job.state() != ImportJob.State.DONE || blog == null) {
            return Optional.empty();
        }
        return ZoneId.of(blog).normalized().equals(site.normalized()) ? Optional.empty() : Optional.of(blog);
    }

    @GetMapping("/progress")
    @ResponseBody
    ImportProgress progress(Locale locale) {
        ImportJob job = imports.latest().orElseThrow(NotFoundException::new);
        return ImportProgress.of(
                job,
                messages.getMessage(
                        "import.progress",
                        new Object[] {job.postsDone(), job.postsTotal(), job.commentsDone(), job.commentsTotal()},
                        locale));
    }

    /** The upload goes to a file of our own, which the import deletes when it ends. */
    @PostMapping
    String upload(@ModelAttribute ImportForm form, Principal admin, HttpServletResponse response, Model model)
            throws IOException {
        if (!form.hasFile()) {
            return refused(new ImportRefused("import.error.noFile"), response, model);
        }
        Path upload = Files.createTempFile("gazette-import-", ".xml");
        try {
            form.file().transferTo(upload);
        } catch (IOException unreadable) {
            Files.deleteIfExists(upload);
            return refused(new ImportRefused("import.error.unreadable"), response, model);
        }
        try {
            imports.start(upload, form.fileName(), admin.getName());
            return "redirect:/admin/import";
        } catch (ImportRefused refused) {
            return refused(refused, response, model);
        }
    }

    /** 409 while another import runs, 400 for a file that is no export. */
    private String refused(ImportRefused refused, HttpServletResponse response, Model model) {
        response.setStatus(
                "import.error.running".equals(refused.code())
                        ? HttpServletResponse.SC_CONFLICT
                        : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("refusal", refused.code());
        model.addAttribute("refusalArgs", refused.args());
        return page(model);
    }
}
