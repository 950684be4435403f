package app.gazette.media;

import java.util.Set;

/**
 * Where pictures are used: the article feature records, in the same transaction as each save, the
 * pictures an article shows (featured image and body), so the library can list uses and refuse to
 * delete a picture in use without knowing about articles.
 */
public interface MediaUsages {

    /** Replaces the pictures article {@code articleId} (titled {@code title}) uses with {@code mediaIds}. */
    void replace(long articleId, String title, Set<Long> mediaIds);

    /** Forgets an article that was deleted. */
    default void forget(long articleId) {
        replace(articleId, "", Set.of());
    }
}
