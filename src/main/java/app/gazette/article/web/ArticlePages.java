package app.gazette.article.web;

import app.gazette.article.ArticleService;
import app.gazette.article.ArticleView;
import app.gazette.comment.CommentFormSigner;
import app.gazette.comment.CommentService;
import app.gazette.comment.web.CommentForm;
import app.gazette.shared.FeedLink;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the article page's model: the article, its neighbours, its comments and the comment form. */
@Component
public class ArticlePages {

    public static final String VIEW = "articles/show";

    private final ArticleService articles;
    private final CommentService comments;
    private final CommentFormSigner signer;

    ArticlePages(ArticleService articles, CommentService comments, CommentFormSigner signer) {
        this.articles = articles;
        this.comments = comments;
        this.signer = signer;
    }

    /**
     * The article page. A form sent back with a valid stamp keeps it, so that correcting a field
     * does not restart the clock; any other form gets a stamp of now.
     */
    public String show(Model model, ArticleView article, CommentForm form, String notice) {
        model.addAttribute("article", article);
        model.addAttribute("neighbours", articles.neighbours(article));
        model.addAttribute("comments", comments.approved(article.id()));
        boolean stamped = signer.verify(form.renderedAt(), form.signature()).isPresent();
        model.addAttribute("commentForm", stamped ? form : form.withStamp(signer.stamp()));
        model.addAttribute("notice", notice);
        model.addAttribute("feeds", List.of(FeedLink.articleComments(article.permalink(), article.title())));
        return VIEW;
    }
}
