package app.gazette.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A slug an article had before: its old URLs answer with a 301 to the current permalink. */
@Entity
@Table(name = "slug_aliases")
class SlugAlias {

    @Id
    private String slug;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SlugAlias() {}

    SlugAlias(String slug, long articleId, Instant createdAt) {
        this.slug = slug;
        this.articleId = articleId;
        this.createdAt = createdAt;
    }

    String getSlug() {
        return slug;
    }

    long getArticleId() {
        return articleId;
    }
}
