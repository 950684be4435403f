package app.gazette.comment;

import java.time.Instant;

/** An approved comment as feeds carry it: the body is plain text. */
public record FeedComment(
        long id,
        String authorName,
        String body,
        Instant createdAt,
        boolean staff,
        String articleTitle,
        String articlePermalink) {}
