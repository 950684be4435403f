package app.gazette.article;

import java.time.Instant;
import java.util.List;

/** An article to create; a null publishAt makes it a draft; featured may be {@link FeaturedDraft#NONE}. */
public record NewArticle(
        String title,
        String excerpt,
        String markdown,
        List<String> labels,
        long authorId,
        Instant publishAt,
        FeaturedDraft featured) {

    public NewArticle(
            String title, String excerpt, String markdown, List<String> labels, long authorId, Instant publishAt) {
        this(title, excerpt, markdown, labels, authorId, publishAt, FeaturedDraft.NONE);
    }
}
