package app.gazette.article;

import java.time.Instant;
import java.util.List;

/** An article as feeds carry it; bodyHtml is already sanitised, labels are names, featured may be null. */
public record FeedArticle(
        long id,
        String title,
        String permalink,
        String authorName,
        Instant publishedAt,
        Instant updatedAt,
        List<String> labels,
        String summary,
        String bodyHtml,
        FeaturedView featured) {}
