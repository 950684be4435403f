package app.gazette.article;

import java.time.Instant;
import java.util.List;

/**
 * A visible article as programs read it (the Content API): bodyHtml is already sanitised, excerpt is
 * the editor's or one made from the body, labels are names, featured may be null.
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
        FeaturedView featured) {

    public CatalogArticle {
        labels = List.copyOf(labels);
    }
}
