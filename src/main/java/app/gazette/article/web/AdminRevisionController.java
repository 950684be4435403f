package app.gazette.article.web;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleEditor;
import app.gazette.article.RevisionService;
import app.gazette.shared.web.AdminPage;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An article's revisions: list, show one, restore it. */
@Controller
@AdminPage
class AdminRevisionController {

    private final RevisionService revisions;
    private final ArticleAdmin admin;
    private final ArticleEditor editor;

    AdminRevisionController(RevisionService revisions, ArticleAdmin admin, ArticleEditor editor) {
        this.revisions = revisions;
        this.admin = admin;
        this.editor = editor;
    }

    @GetMapping("/admin/articles/{id}/revisions")
    String list(@PathVariable long id, Principal me, Model model) {
        model.addAttribute("saved", admin.edit(id, me.getName()));
        model.addAttribute("revisions", revisions.list(id));
        return "admin/articles/revisions";
    }

    @GetMapping("/admin/articles/{id}/revisions/{revision}")
    String show(@PathVariable long id, @PathVariable long revision, Principal me, Model model) {
        model.addAttribute("saved", admin.edit(id, me.getName()));
        model.addAttribute("revision", revisions.show(id, revision));
        return "admin/articles/revision";
    }

    @PostMapping("/admin/articles/{id}/revisions/{revision}/restore")
    String restore(@PathVariable long id, @PathVariable long revision, Principal me, RedirectAttributes redirect) {
        editor.restore(id, revision, me.getName());
        redirect.addFlashAttribute("notice", "article.revisionRestored");
        return "redirect:/admin/articles/" + id + "/edit";
    }
}
