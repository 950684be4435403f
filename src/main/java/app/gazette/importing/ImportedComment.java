package app.gazette.importing;

import java.time.Instant;

/**
 * One comment as a foreign export describes it.
 *
 * @param postSourceKey   the {@link ImportedPost#sourceKey()} of its post
 * @param parentSourceKey the comment it answers, or null
 * @param html            the original HTML content, not yet sanitised
 */
public record ImportedComment(
        String sourceKey,
        String postSourceKey,
        String parentSourceKey,
        String authorName,
        String authorEmail,
        String authorUrl,
        String html,
        Instant created,
        Status status) {

    public enum Status {
        APPROVED,
        PENDING,
        SPAM,
        TRASH
    }
}
