package app.gazette.article;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the article page's model: the article, its neighbours, share links and the sections other features add. */
@Component
public class ArticlePages {

    public static final String VIEW = "articles/show";

    private final ArticleService articles;
    private final List<ArticlePageSection> sections;
    private final ShareLinks share;

    ArticlePages(ArticleService articles, List<ArticlePageSection> sections, ShareLinks share) {
        this.articles = articles;
        this.share = share;
        this.sections = sections;
    }

    /** The article page; parameters are the request's (a section may read its own, such as a notice). */
    public String show(Model model, ArticleView article, Map<String, String[]> parameters) {
        model.addAttribute("article", article);
        model.addAttribute("neighbours", articles.neighbours(article));
        model.addAttribute("share", share.of(article));
        sections.forEach(section -> section.addTo(model, article, parameters));
        return VIEW;
    }
}
