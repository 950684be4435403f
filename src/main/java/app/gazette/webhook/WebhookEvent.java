package app.gazette.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a webhook can hear about; {@link #PING} is only sent by "Send test". */
public enum WebhookEvent {
    ARTICLE_PUBLISHED("article.published"),
    ARTICLE_UPDATED("article.updated"),
    ARTICLE_UNPUBLISHED("article.unpublished"),
    ARTICLE_DELETED("article.deleted"),
    COMMENT_APPROVED("comment.approved"),
    SITE_CHANGED("site.changed"),
    PING("ping");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    /** The name deliveries carry, such as {@code article.published}. */
    public String wireName() {
        return wireName;
    }

    /** The events an admin can choose. */
    public static List<WebhookEvent> subscribable() {
        return Arrays.stream(values()).filter(e -> e != PING).toList();
    }

    public static Optional<WebhookEvent> named(String wireName) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(wireName)).findFirst();
    }
}
