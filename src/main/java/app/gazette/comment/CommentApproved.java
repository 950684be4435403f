package app.gazette.comment;

import java.time.Instant;

/**
 * A comment readers can now see: approved by a moderator, approved as it was posted, or a staff
 * reply. Published inside the approving transaction.
 */
public record CommentApproved(long id, long articleId, String authorName, String body, Instant createdAt) {

    static CommentApproved of(Comment comment) {
        return new CommentApproved(
                comment.getId(),
                comment.getArticleId(),
                comment.getAuthorName(),
                comment.getBody(),
                comment.getCreatedAt());
    }
}
