package app.gazette.article;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the article page's model: the article, its neighbours, and the sections other features add. */
@Component
public class ArticlePages {

    public static final String VIEW = "articles/show";

    private final ArticleService articles;
    private final List<ArticlePageSection> sections;

    ArticlePages(ArticleService articles, List<ArticlePageSection> sections) {
        this.articles = articles;
        this.sections = sections;
    }

    /** The article page; parameters are the request's (a section may read its own, such as a notice). */
    public String show(Model model, ArticleView article, Map<String, String[]> parameters) {
        model.addAttribute("article", article);
        model.addAttribute("neighbours", articles.neighbours(article));
        sections.forEach(section -> section.addTo(model, article, parameters));
        return VIEW;
    }
}
