package app.gazette.article.web;

import app.gazette.article.ArchiveYear;
import app.gazette.article.ArticleService;
import app.gazette.label.LabelCount;
import app.gazette.shared.web.PublicPage;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every reader page's sidebar: labels with counts and the archive widget. */
@ControllerAdvice(annotations = PublicPage.class)
class SidebarAdvice {

    private final ArticleService articles;

    SidebarAdvice(ArticleService articles) {
        this.articles = articles;
    }

    @ModelAttribute("sidebar")
    Sidebar sidebar() {
        return new Sidebar(articles.labelCounts(), articles.archive());
    }

    record Sidebar(List<LabelCount> labels, List<ArchiveYear> archive) {}
}
