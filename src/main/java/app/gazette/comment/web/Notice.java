package app.gazette.comment.web;

/**
 * What the next page says after a redirect: a message key with a count and a title as arguments,
 * and an optional link.
 */
public record Notice(String key, long count, String title, String link) implements java.io.Serializable {

    static Notice of(String key) {
        return new Notice(key, 0, null, null);
    }
}
