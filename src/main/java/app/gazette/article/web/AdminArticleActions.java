package app.gazette.article.web;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleEditor;
import app.gazette.article.RenderedBody;
import app.gazette.shared.web.AdminPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Trash, restore, delete (admins), returning a submission to its writer, and the live preview. */
@Controller
@AdminPage
class AdminArticleActions {

    static final int PREVIEW_LIMIT = 200_000;
    static final String REMOTE_IMAGES = "Gazette-Remote-Images";

    private final ArticleEditor editor;
    private final ArticleAdmin admin;
    private final EditorPage page;

    AdminArticleActions(ArticleEditor editor, ArticleAdmin admin, EditorPage page) {
        this.editor = editor;
        this.admin = admin;
        this.page = page;
    }

    @PostMapping("/admin/articles/{id}/trash")
    String trash(@PathVariable long id, Principal me, RedirectAttributes redirect) {
        editor.trash(id, me.getName());
        return done(redirect, "article.trashed", "trash");
    }

    @PostMapping("/admin/articles/{id}/restore")
    String restore(@PathVariable long id, Principal me, RedirectAttributes redirect) {
        editor.restoreFromTrash(id, me.getName());
        redirect.addFlashAttribute("notice", "article.restored");
        return "redirect:/admin/articles/" + id + "/edit";
    }

    @PostMapping("/admin/articles/{id}/delete")
    String delete(@PathVariable long id, Principal me, RedirectAttributes redirect) {
        editor.delete(id, me.getName());
        return done(redirect, "article.deleted", "trash");
    }

    /** An editor gives a submitted article back to its writer with a note; without a note, the editor again (400). */
    @PostMapping("/admin/articles/{id}/return")
    String returnToWriter(
            @PathVariable long id,
            @Valid @ModelAttribute("returnForm") ReturnForm form,
            BindingResult errors,
            Principal me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            ArticleAdmin.ArticleEdit saved = admin.edit(id, me.getName());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page.show(model, ArticleForm.of(saved), saved, null, me.getName());
        }
        editor.returnToWriter(id, form.note(), me.getName());
        return done(redirect, "review.returned", "review");
    }

    /**
     * The live preview: the same pipeline as the public page, as an HTML fragment; the header
     * {@value #REMOTE_IMAGES} counts the images on other sites, which the editor warns about.
     */
    @PostMapping("/admin/preview")
    @ResponseBody
    ResponseEntity<String> preview(@RequestParam(defaultValue = "") String markdown) {
        if (markdown.length() > PREVIEW_LIMIT) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("Too long to preview");
        }
        RenderedBody preview = admin.preview(markdown);
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_HTML)
                .header(REMOTE_IMAGES, Integer.toString(preview.remoteImages().size()))
                .body(preview.html());
    }

    private static String done(RedirectAttributes redirect, String notice, String status) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/articles?status=" + status;
    }
}
