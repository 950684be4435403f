package app.gazette.newsroom.web;

import app.gazette.article.ArticleAdmin;
import app.gazette.comment.CommentModeration;
import app.gazette.shared.web.AdminPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The newsroom's front page: what is published, scheduled and waiting. */
@Controller
@AdminPage
class DashboardController {

    static final int LATEST = 5;

    private final ArticleAdmin articles;
    private final CommentModeration comments;

    DashboardController(ArticleAdmin articles, CommentModeration comments) {
        this.articles = articles;
        this.comments = comments;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("counts", articles.counts());
        model.addAttribute("drafts", articles.latestDrafts(LATEST));
        model.addAttribute("pendingComments", comments.pendingCount());
        model.addAttribute("latestComments", comments.latest(LATEST));
        return "admin/dashboard";
    }
}
