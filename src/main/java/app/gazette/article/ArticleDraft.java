package app.gazette.article;

import java.time.Instant;
import java.util.List;

/**
 * What an editor submits. A blank slug means "make one from the title" (or keep the current one);
 * publishAt null means "now" when publishing.
 */
public record ArticleDraft(
        String title,
        String slug,
        String excerpt,
        String markdown,
        List<String> labels,
        Instant publishAt,
        boolean commentsOpen,
        FeaturedDraft featured) {

    public ArticleDraft {
        featured = featured == null ? FeaturedDraft.NONE : featured;
    }
}
