package app.gazette.comment;

import app.gazette.shared.Rows;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many comments at once (the import) by JDBC batch, in the caller's transaction; the caller
 * says when public content changed.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class BulkComments {

    private final JdbcTemplate jdbc;

    BulkComments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A comment by a reader (not staff); the email may be null. */
    public record Entry(
            long articleId,
            String authorName,
            String authorEmail,
            String body,
            CommentStatus status,
            Instant createdAt) {}

    /** A comment and the one it answers. */
    public record Reply(long id, long parentId) {}

    /** Inserts the comments; their ids, in order. */
    public List<Long> insert(List<Entry> entries) {
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            rows.add(new Object[] {
                entry.articleId(),
                entry.authorName(),
                Rows.nullable(Types.VARCHAR, entry.authorEmail()),
                entry.body(),
                entry.status().name(),
                entry.createdAt()
            });
        }
        return Rows.insertReturningIds(
                jdbc,
                "INSERT INTO comments (article_id, author_name, author_email, "
                        + "body, status, staff, created_at) VALUES (?, ?, ?, ?, ?, FALSE, ?)",
                rows);
    }

    /** Links replies to the comments they answer. */
    public void linkReplies(List<Reply> replies) {
        Rows.batch(
                jdbc,
                "UPDATE comments SET parent_id = ? WHERE id = ?",
                replies.stream()
                        .map(reply -> new Object[] {reply.parentId(), reply.id()})
                        .toList());
    }
}
