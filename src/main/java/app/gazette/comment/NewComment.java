package app.gazette.comment;

import java.time.Instant;

/**
 * A comment as a reader sent it, with what moderation needs to know: renderedAt is the form's
 * verified render time (null when missing or forged), honeypotFilled whether the field hidden from
 * people was filled in.
 */
public record NewComment(
        String name,
        String email,
        String body,
        String ip,
        String userAgent,
        Instant renderedAt,
        boolean honeypotFilled) {}
