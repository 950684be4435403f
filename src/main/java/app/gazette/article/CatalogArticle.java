package app.gazette.article;

import java.time.Instant;
import java.util.List;

/**
 * A visible article as programs read it (the Content API): bodyHtml is already sanitised, excerpt is
 * the editor's or one made from the body, labels are names, featured (its picture) may be null,
 * onFrontPage is the editors' featured mark.
 */
public record CatalogArticle(
        long id,
        String slug,
        String title,
        String permalink,
        String authorUsername,
        String authorName,
        Instant publishedAt,
        Instant updatedAt,
        String excerpt,
        String bodyHtml,
        List<String> labels,
        FeaturedView featured,
        boolean onFrontPage) {

    public CatalogArticle {
        labels = List.copyOf(labels);
    }
}
