package app.gazette.media.web;

import app.gazette.media.MediaView;
import app.gazette.media.image.ImageRefused;
import app.gazette.media.library.MediaAdmin;
import app.gazette.media.library.MediaInUse;
import app.gazette.media.library.MediaItem;
import app.gazette.shared.SiteFormats;
import app.gazette.shared.web.AdminPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.security.Principal;
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

/**
 * The newsroom's Media page: the library with search, uploads (editors and admins), each picture's
 * texts, and deleting (admins only, by SecurityConfig) a picture no article uses (409 while one does).
 */
@Controller
@AdminPage
@RequestMapping("/admin/media")
class AdminMediaController {

    static final int PAGE = 60;

    private final MediaAdmin admin;
    private final SiteFormats formats;

    AdminMediaController(MediaAdmin admin, SiteFormats formats) {
        this.admin = admin;
        this.formats = formats;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        return list(q, MediaUploadForm.blank(), model);
    }

    @PostMapping
    String upload(
            @Valid @ModelAttribute("uploadForm") MediaUploadForm form,
            BindingResult errors,
            Principal me,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return list("", form.withoutFile(), model);
        }
        try {
            MediaView added = admin.upload(form.file(), form.alt(), me.getName());
            redirect.addFlashAttribute("notice", "media.uploaded");
            return "redirect:/admin/media/" + added.id() + "/edit";
        } catch (ImageRefused refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("refusal", refused.messageKey());
            model.addAttribute("refusalArgs", refused.messageArguments());
            return list("", form.withoutFile(), model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        MediaItem item = admin.item(id);
        return edit(item, MediaForm.of(item.view()), model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("mediaForm") MediaForm form,
            BindingResult errors,
            Principal me,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return edit(admin.item(id), form, model);
        }
        admin.describe(id, form.texts(), me.getName());
        redirect.addFlashAttribute("notice", "media.saved");
        return "redirect:/admin/media/" + id + "/edit";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            admin.delete(id);
        } catch (MediaInUse inUse) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("item", admin.item(id));
            model.addAttribute("articles", inUse.articles());
            model.addAttribute("siteLogo", inUse.siteLogo());
            return "admin/media/in-use";
        }
        redirect.addFlashAttribute("notice", "media.deleted");
        return "redirect:/admin/media";
    }

    private String list(String query, MediaUploadForm form, Model model) {
        model.addAttribute("q", query);
        model.addAttribute(
                "cards", admin.items(query, PAGE).stream().map(this::card).toList());
        model.addAttribute("uploadForm", form);
        return "admin/media/list";
    }

    private String edit(MediaItem item, MediaForm form, Model model) {
        model.addAttribute("card", card(item));
        model.addAttribute("mediaForm", form);
        return "admin/media/edit";
    }

    private MediaCard card(MediaItem item) {
        return new MediaCard(item, formats.dateTime(item.view().uploadedAt()));
    }

    /** A picture on the page, with its upload date in the site's zone. */
    record MediaCard(MediaItem item, String uploaded) {

        public MediaView view() {
            return item.view();
        }

        /** Its size in KB (below 1 MB) or MB, one decimal. */
        public String kilobytes() {
            return "%.1f".formatted(item.view().bytes() / 1024.0);
        }

        public boolean underOneMegabyte() {
            return item.view().bytes() < 1024 * 1024;
        }

        public String megabytes() {
            return "%.1f".formatted(item.view().bytes() / (1024.0 * 1024));
        }
    }
}
