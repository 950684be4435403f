package app.gazette.support;

import app.gazette.article.ArticleSummaryView;
import app.gazette.article.ArticleView;
import app.gazette.shared.LabelLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Views as the services would return them, for controller tests. */
public final class Fixtures {

    private Fixtures() {}

    public static ArticleView article(long id, String slug, String title) {
        return new ArticleView(
                id,
                title,
                "/2019/02/" + slug,
                "Ada Whitlock",
                "Saturday 9 February 2019",
                "10:15",
                "2019-02-09T10:15:00Z",
                "Summary of " + title,
                "<p>Body of <em>" + title + "</em></p>",
                List.of(LabelLink.of("World News")),
                true,
                "ada",
                "2019-02-10T08:00:00Z",
                Instant.parse("2019-02-09T10:15:00Z"),
                null,
                4,
                "Sunday 10 February 2019, 08:00",
                List.of(),
                List.of());
    }

    /** The same article, closed to new comments. */
    public static ArticleView closedArticle(long id, String slug, String title) {
        ArticleView open = article(id, slug, title);
        return new ArticleView(
                open.id(),
                open.title(),
                open.permalink(),
                open.authorName(),
                open.dateHeader(),
                open.time(),
                open.isoTime(),
                open.summary(),
                open.bodyHtml(),
                open.labels(),
                false,
                open.authorUsername(),
                open.updatedIso(),
                open.publishAt(),
                null,
                open.readingMinutes(),
                open.updated(),
                open.related(),
                open.notes());
    }

    public static ArticleSummaryView summary(long id, String title, LocalDate day, long comments) {
        return new ArticleSummaryView(
                id,
                title,
                "/%04d/%02d/entry-%d".formatted(day.getYear(), day.getMonthValue(), id),
                "Ada Whitlock",
                day,
                "10:15",
                day + "T10:15:00Z",
                "Summary of " + title,
                List.of(LabelLink.of("Sport")),
                comments,
                null);
    }
}
