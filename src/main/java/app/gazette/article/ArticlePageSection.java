package app.gazette.article;

import java.util.Map;
import org.springframework.ui.Model;

/**
 * A part of the article page that another feature fills, such as the comments: every article page
 * calls each section with the article and the request's parameters. A section keeps what a caller
 * put in the model before (a comment form sent back with errors).
 */
public interface ArticlePageSection {

    void addTo(Model model, ArticleView article, Map<String, String[]> parameters);
}
