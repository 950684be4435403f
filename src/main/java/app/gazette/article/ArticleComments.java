package app.gazette.article;

import app.gazette.pagecache.PublicContentChanged;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the comment feature may read and change of an article: whether it exists and takes comments. */
@Service
@Transactional(readOnly = true)
public class ArticleComments {

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;

    ArticleComments(ArticleRepository articles, ApplicationEventPublisher events) {
        this.articles = articles;
        this.events = events;
    }

    public Optional<CommentTarget> find(long articleId) {
        return articles.findById(articleId).map(ArticleComments::target);
    }

    /** Opens or closes an article for new reader comments; empty when there is no such article. */
    @Transactional
    public Optional<CommentTarget> setOpen(long articleId, boolean open) {
        if (articles.updateCommentsOpen(articleId, open) == 0) {
            return Optional.empty();
        }
        events.publishEvent(new PublicContentChanged("comments-open"));
        return find(articleId);
    }

    private static CommentTarget target(Article article) {
        boolean published = article.getStatus() == ArticleStatus.PUBLISHED && article.getPublishMonth() != null;
        return new CommentTarget(
                article.getId(),
                article.getTitle(),
                published ? ArticleLink.permalink(article.getPublishMonth(), article.getSlug()) : null,
                article.isCommentsOpen());
    }
}
