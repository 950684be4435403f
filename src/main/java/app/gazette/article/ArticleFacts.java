package app.gazette.article;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What listeners of {@link ArticleChanged} (such as webhooks) read about an article, in the caller's
 * transaction when there is one, and which scheduled articles went live in a span of time.
 */
@Service
@Transactional(readOnly = true)
public class ArticleFacts {

    /** An article as messages about it describe it; permalink and publishedAt are null until it is published. */
    public record Facts(
            long id,
            String title,
            String slug,
            String permalink,
            String summary,
            String authorName,
            List<String> labels,
            Instant publishedAt,
            Instant updatedAt) {}

    private final ArticleRepository articles;
    private final EntityManager entities;

    ArticleFacts(ArticleRepository articles, EntityManager entities) {
        this.articles = articles;
        this.entities = entities;
    }

    public Optional<Facts> find(long id) {
        return articles.findById(id)
                .map(a -> new Facts(
                        a.getId(),
                        a.getTitle(),
                        a.getSlug(),
                        a.getStatus() == ArticleStatus.PUBLISHED && a.getPublishMonth() != null
                                ? ArticleLink.permalink(a.getPublishMonth(), a.getSlug())
                                : null,
                        a.getSummary(),
                        a.authorName(),
                        a.labelNames(),
                        a.getStatus() == ArticleStatus.PUBLISHED ? a.getPublishAt() : null,
                        a.getUpdatedAt()));
    }

    /**
     * Ids of the published articles whose publish time is in ({@code after}, {@code until}] and later
     * than their last save: scheduled ones that went live then with no editor's action (one published
     * by a save was live at that save, which announced it).
     */
    public List<Long> wentLiveBetween(Instant after, Instant until) {
        return entities.createQuery(
                        "select a.id from Article a where a.status = :published and a.publishAt > :after"
                                + " and a.publishAt <= :until and a.publishAt > a.updatedAt order by a.publishAt, a.id",
                        Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("after", after)
                .setParameter("until", until)
                .getResultList();
    }
}
