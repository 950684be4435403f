package app.gazette.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reader's comment on an article. Email, IP and user agent are for moderation, never shown. */
@Entity
@Table(name = "comments")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "author_email")
    private String authorEmail;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommentStatus status;

    private boolean staff;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    private String ip;

    @Column(name = "user_agent")
    private String userAgent;

    /** The staff member who wrote a staff reply; null for readers. */
    @Column(name = "user_id")
    private Long userId;

    protected Comment() {}

    Comment(
            long articleId,
            String authorName,
            String authorEmail,
            String body,
            CommentStatus status,
            Instant createdAt,
            String ip,
            String userAgent) {
        this.articleId = articleId;
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.body = body;
        this.status = status;
        this.createdAt = createdAt;
        this.ip = ip;
        this.userAgent = userAgent;
    }

    /** A reply written in the newsroom: shown at once and marked as staff. */
    static Comment staffReply(
            long articleId, Long parentId, long userId, String authorName, String body, Instant createdAt) {
        Comment reply = new Comment(articleId, authorName, null, body, CommentStatus.APPROVED, createdAt, null, null);
        reply.parentId = parentId;
        reply.userId = userId;
        reply.staff = true;
        return reply;
    }

    void approve() {
        this.status = CommentStatus.APPROVED;
    }

    public Long getId() {
        return id;
    }

    public long getArticleId() {
        return articleId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getBody() {
        return body;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public boolean isStaff() {
        return staff;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getIp() {
        return ip;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public Long getUserId() {
        return userId;
    }
}
