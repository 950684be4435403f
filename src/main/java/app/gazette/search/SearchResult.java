package app.gazette.search;

import app.gazette.article.FeaturedView;
import app.gazette.shared.LabelLink;
import java.util.List;

/**
 * One found article; snippetHtml is escaped text with the matched words in {@code <mark>}; featured
 * is null without a picture.
 */
public record SearchResult(
        long id,
        String title,
        String permalink,
        String date,
        String isoTime,
        String snippetHtml,
        List<LabelLink> labels,
        FeaturedView featured) {}
