package app.gazette.article;

import java.time.Instant;
import java.util.List;

/**
 * What an editor submits. A blank slug means "make one from the title" (or keep the current one);
 * publishAt null means "now" when publishing; note is a correction or update to add (NONE: none).
 */
public record ArticleDraft(
        String title,
        String slug,
        String excerpt,
        String markdown,
        List<String> labels,
        Instant publishAt,
        boolean commentsOpen,
        FeaturedDraft featured,
        NoteDraft note) {

    public ArticleDraft {
        featured = featured == null ? FeaturedDraft.NONE : featured;
        note = note == null ? NoteDraft.NONE : note;
    }

    /** A draft with no note. */
    public ArticleDraft(
            String title,
            String slug,
            String excerpt,
            String markdown,
            List<String> labels,
            Instant publishAt,
            boolean commentsOpen,
            FeaturedDraft featured) {
        this(title, slug, excerpt, markdown, labels, publishAt, commentsOpen, featured, NoteDraft.NONE);
    }
}
