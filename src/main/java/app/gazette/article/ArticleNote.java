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

/** A correction or update of a published article, as readers see it at the article's end. */
@Entity
@Table(name = "article_notes")
class ArticleNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteKind kind;

    @Column(nullable = false)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    protected ArticleNote() {}

    ArticleNote(long articleId, NoteKind kind, String note, Instant createdAt, long createdBy) {
        this.articleId = articleId;
        this.kind = kind;
        this.note = note;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    long articleId() {
        return articleId;
    }

    NoteKind kind() {
        return kind;
    }

    String note() {
        return note;
    }

    Instant createdAt() {
        return createdAt;
    }
}
