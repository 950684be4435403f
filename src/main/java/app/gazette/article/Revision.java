package app.gazette.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved state of an article: what an editor can look back at and restore. */
@Entity
@Table(name = "revisions")
class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private String title;

    private String excerpt;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    /** Label names, comma-separated, as the editor shows them. */
    @Column(nullable = false)
    private String labels;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null in revisions saved before actions were recorded: those were saves. */
    @Enumerated(EnumType.STRING)
    private RevisionAction action;

    /** An editor's note to the writer, when returning the article. */
    private String note;

    protected Revision() {}

    Revision(
            long articleId,
            String title,
            String excerpt,
            String bodyMarkdown,
            String labels,
            long authorId,
            Instant createdAt,
            RevisionAction action,
            String note) {
        this.articleId = articleId;
        this.title = title;
        this.excerpt = excerpt;
        this.bodyMarkdown = bodyMarkdown;
        this.labels = labels;
        this.authorId = authorId;
        this.createdAt = createdAt;
        this.action = action;
        this.note = note;
    }

    Long getId() {
        return id;
    }

    long getArticleId() {
        return articleId;
    }

    String getTitle() {
        return title;
    }

    String getExcerpt() {
        return excerpt;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    String getLabels() {
        return labels;
    }

    long getAuthorId() {
        return authorId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    RevisionAction getAction() {
        return action == null ? RevisionAction.SAVED : action;
    }

    String getNote() {
        return note;
    }
}
