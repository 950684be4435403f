package app.gazette.article;

import app.gazette.shared.LabelLink;
import java.time.LocalDate;
import java.util.List;

/** An entry of an article list: home page, label, archive; featured is null without a picture. */
public record ArticleSummaryView(
        long id,
        String title,
        String permalink,
        String authorName,
        LocalDate day,
        String time,
        String isoTime,
        String summary,
        List<LabelLink> labels,
        long commentCount,
        FeaturedView featured) {}
