package app.gazette.newsroom.web;

import app.gazette.article.ArticleAdmin;
import app.gazette.comment.CommentModeration;
import app.gazette.shared.web.AdminPage;
import org.springframework.security.core.Authentication;
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

    /** Contributors and authors see their own drafts and no comments (they do not moderate). */
    @GetMapping("/admin")
    String dashboard(Authentication me, Model model) {
        model.addAttribute("counts", articles.counts(me.getName()));
        model.addAttribute("drafts", articles.latestDrafts(LATEST, me.getName()));
        if (AdminAdvice.Me.of(me).editor()) {
            model.addAttribute("pendingComments", comments.pendingCount());
            model.addAttribute("latestComments", comments.latest(LATEST));
        }
        return "admin/dashboard";
    }
}
