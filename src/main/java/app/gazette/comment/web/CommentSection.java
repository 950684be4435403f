package app.gazette.comment.web;

import app.gazette.article.ArticlePageSection;
import app.gazette.article.ArticleView;
import app.gazette.comment.CommentFormSigner;
import app.gazette.comment.CommentService;
import app.gazette.shared.FeedLink;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The comments part of an article page: the approved comments, the "Post a Comment" form, a notice
 * after posting ({@code ?comment=published|held}) and the comment feed. A form sent back with a
 * valid stamp keeps it, so that correcting a field does not restart the clock; any other form gets
 * a stamp of now.
 */
@Component
public class CommentSection implements ArticlePageSection {

    static final String FORM = "commentForm";
    static final String NOTICE = "notice";

    private final CommentService comments;
    private final CommentFormSigner signer;

    CommentSection(CommentService comments, CommentFormSigner signer) {
        this.comments = comments;
        this.signer = signer;
    }

    @Override
    public void addTo(Model model, ArticleView article, Map<String, String[]> parameters) {
        model.addAttribute("comments", comments.approved(article.id()));
        CommentForm form = model.getAttribute(FORM) instanceof CommentForm sent ? sent : CommentForm.empty();
        boolean stamped = signer.verify(form.renderedAt(), form.signature()).isPresent();
        model.addAttribute(FORM, stamped ? form : form.withStamp(signer.stamp()));
        if (!model.containsAttribute(NOTICE)) {
            String[] notice = parameters.get("comment");
            model.addAttribute(NOTICE, notice == null || notice.length == 0 ? null : notice[0]);
        }
        model.addAttribute("feeds", List.of(FeedLink.articleComments(article.permalink(), article.title())));
    }
}
