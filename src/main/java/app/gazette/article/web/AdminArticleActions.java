package app.gazette.article.web;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleEditor;
import app.gazette.article.RenderedBody;
import app.gazette.shared.web.AdminPage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Trash, restore, delete (ADMIN only, enforced by SecurityConfig) and the live preview. */
@Controller
@AdminPage
class AdminArticleActions {

    static final int PREVIEW_LIMIT = 200_000;
    static final String REMOTE_IMAGES = "Gazette-Remote-Images";

    private final ArticleEditor editor;
    private final ArticleAdmin admin;

    AdminArticleActions(ArticleEditor editor, ArticleAdmin admin) {
        this.editor = editor;
        this.admin = admin;
    }

    @PostMapping("/admin/articles/{id}/trash")
    String trash(@PathVariable long id, RedirectAttributes redirect) {
        editor.trash(id);
        return done(redirect, "article.trashed", "trash");
    }

    @PostMapping("/admin/articles/{id}/restore")
    String restore(@PathVariable long id, RedirectAttributes redirect) {
        editor.restoreFromTrash(id);
        redirect.addFlashAttribute("notice", "article.restored");
        return "redirect:/admin/articles/" + id + "/edit";
    }

    @PostMapping("/admin/articles/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        editor.delete(id);
        return done(redirect, "article.deleted", "trash");
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
