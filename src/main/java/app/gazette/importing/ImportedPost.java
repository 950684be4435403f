package app.gazette.importing;

import java.time.Instant;
import java.util.List;

/**
 * One post as a foreign export describes it, before it becomes an article.
 *
 * @param sourceKey   stable id within the source (Blogger entry id, WordPress guid or post id): re-imports match on it
 * @param html        the original HTML content, not yet sanitised
 * @param published   publish time (UTC); null for a draft never published
 * @param slug        the source's own slug (WordPress post_name, Blogger link's file name), may be null
 * @param oldPaths    paths readers' links use on the old site, e.g. /2024/05/slug.html or /2024/05/07/name/
 * @param wordpressId WordPress post_id, for /?p=ID links; null for Blogger
 * @param line        the line of the file it starts on, for a refusal
 */
public record ImportedPost(
        String sourceKey,
        String title,
        String html,
        Instant published,
        Instant updated,
        List<String> labels,
        ImportedAuthor author,
        State state,
        String slug,
        List<String> oldPaths,
        Long wordpressId,
        int line) {

    public enum State {
        PUBLISHED,
        SCHEDULED,
        DRAFT,
        PRIVATE
    }

    public ImportedPost {
        labels = List.copyOf(labels);
        oldPaths = List.copyOf(oldPaths);
    }
}
