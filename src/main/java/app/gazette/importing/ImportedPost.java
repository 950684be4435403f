package app.gazette.importing;

import java.time.Instant;
import java.time.ZoneOffset;
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
 * @param excerpt     the excerpt its author wrote (HTML), or null
 * @param commentsClosed whether the post took no more comments
 * @param sticky      whether the source showed it first (WordPress "sticky")
 * @param offset      the blog's UTC offset when it was published, where the export tells; else null
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
        int line,
        String excerpt,
        boolean commentsClosed,
        boolean sticky,
        ZoneOffset offset) {

    public enum State {
        PUBLISHED,
        SCHEDULED,
        DRAFT,
        PRIVATE,
        /** Behind a password on the old site: a draft here, so that no reader sees it. */
        PROTECTED
    }

    public ImportedPost {
        labels = List.copyOf(labels);
        oldPaths = List.copyOf(oldPaths);
    }

    /** A post with no excerpt, open to comments, not sticky, its offset unknown. */
    public ImportedPost(
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
        this(
                sourceKey,
                title,
                html,
                published,
                updated,
                labels,
                author,
                state,
                slug,
                oldPaths,
                wordpressId,
                line,
                null,
                false,
                false,
                null);
    }

    /** Whether only the newsroom may see it: a draft, private or protected post. */
    public boolean hidden() {
        return state == State.DRAFT || state == State.PRIVATE || state == State.PROTECTED;
    }
}
