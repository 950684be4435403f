package app.gazette.article.web;

import app.gazette.article.ArchiveYear;
import app.gazette.article.ArticleService;
import app.gazette.label.LabelCount;
import app.gazette.shared.web.PublicPage;
import java.util.List;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every reader page's sidebar, and the error pages' (a reader who took a wrong turn finds the way
 * on): labels with counts and the archive widget, both kept per content version.
 */
@ControllerAdvice(annotations = PublicPage.class, assignableTypes = AbstractErrorController.class)
class SidebarAdvice {

    private final ArticleService articles;

    SidebarAdvice(ArticleService articles) {
        this.articles = articles;
    }

    /** Null (no sidebar) when it cannot be read: an error page shown because the database is down. */
    @ModelAttribute("sidebar")
    Sidebar sidebar() {
        try {
            return new Sidebar(articles.labelCounts(), articles.archive());
        } catch (RuntimeException unavailable) {
            return null;
        }
    }

    record Sidebar(List<LabelCount> labels, List<ArchiveYear> archive) {}
}
