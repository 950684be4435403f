package app.gazette.backup.web;

import app.gazette.backup.BackupRefused;
import app.gazette.backup.BackupService;
import app.gazette.backup.RestoreSummary;
import app.gazette.shared.web.AdminPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Backup and restore (admins): download the whole site as one zip, or replace it with one. */
@Controller
@AdminPage
@RequestMapping("/admin/backup")
class AdminBackupController {

    static final String VIEW = "admin/backup";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final BackupService backups;

    AdminBackupController(BackupService backups) {
        this.backups = backups;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("siteHasContent", backups.siteHasContent());
        return VIEW;
    }

    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "false") boolean personal, HttpServletResponse response)
            throws IOException {
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(backups.fileName())
                        .build()
                        .toString());
        backups.export(response.getOutputStream(), personal);
    }

    /** The upload is copied to a file of our own (a zip is read from its end), deleted afterwards. */
    @PostMapping("/restore")
    String restore(
            @ModelAttribute RestoreForm form,
            Principal admin,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (!form.hasFile()) {
            return refused(new BackupRefused("backup.error.noFile"), response, model);
        }
        Path upload = Files.createTempFile("gazette-restore-", ".zip");
        try {
            form.file().transferTo(upload);
            RestoreSummary restored = backups.restore(upload, admin.getName(), form.replacing());
            redirect.addFlashAttribute(
                    "restored",
                    List.of(
                            WHEN.format(restored.exportedAt().atOffset(ZoneOffset.UTC)),
                            restored.articles(),
                            restored.comments(),
                            restored.labels(),
                            restored.users()));
            redirect.addFlashAttribute("adminAdded", !restored.adminInBackup());
            redirect.addFlashAttribute("othersNeedPasswords", restored.users() > (restored.adminInBackup() ? 1 : 0));
            return "redirect:/admin/backup";
        } catch (BackupRefused refused) {
            return refused(refused, response, model);
        } catch (IOException unreadable) {
            return refused(new BackupRefused("backup.error.unreadable"), response, model);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    private String refused(BackupRefused refused, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("refusal", refused.code());
        model.addAttribute("refusalArgs", refused.args());
        return page(model);
    }
}
