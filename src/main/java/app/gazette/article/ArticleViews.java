package app.gazette.article;

import app.gazette.media.MediaLibrary;
import app.gazette.shared.LabelLink;
import app.gazette.shared.SiteFormats;
import app.gazette.site.SettingsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Maps articles to the records that pages show. Call within a transaction (labels are lazy). */
@Component
class ArticleViews {

    private final SiteFormats formats;
    private final SettingsService settings;
    private final Clock clock;
    private final MediaLibrary library;

    ArticleViews(SiteFormats formats, SettingsService settings, Clock clock, MediaLibrary library) {
        this.library = library;
        this.formats = formats;
        this.settings = settings;
        this.clock = clock;
    }

    static String permalink(Article article) {
        return ArticleLink.permalink(article.getPublishMonth(), article.getSlug());
    }

    ArticleSummaryView summary(Article article, long commentCount, List<String> labelNames) {
        return new ArticleSummaryView(
                article.getId(),
                article.getTitle(),
                permalink(article),
                article.authorName(),
                formats.dayOf(article.getPublishAt()),
                formats.time(article.getPublishAt()),
                SiteFormats.iso(article.getPublishAt()),
                article.getSummary(),
                labelNames.stream().map(LabelLink::of).toList(),
                commentCount);
    }

    /** The instant a day of the site's calendar begins. */
    Instant startOf(LocalDate day) {
        return day.atStartOfDay(formats.zone()).toInstant();
    }

    ArticleView full(Article article) {
        return new ArticleView(
                article.getId(),
                article.getTitle(),
                permalink(article),
                article.authorName(),
                formats.dateHeader(formats.dayOf(article.getPublishAt())),
                formats.time(article.getPublishAt()),
                SiteFormats.iso(article.getPublishAt()),
                article.getSummary(),
                article.getBodyHtml(),
                labels(article),
                article.isCommentsOpen() && !commentsClosedByAge(article),
                article.authorUsername(),
                SiteFormats.iso(article.getUpdatedAt()),
                article.getPublishAt(),
                featured(article));
    }

    /** The featured picture, or null when there is none or it left the library. */
    FeaturedView featured(Article article) {
        FeaturedImage image = article.featured();
        if (image == null) {
            return null;
        }
        return library.find(image.mediaId())
                .map(picture -> new FeaturedView(
                        picture,
                        image.alt() != null ? image.alt() : picture.alt(),
                        image.caption() != null ? image.caption() : picture.caption(),
                        image.credit() != null ? image.credit() : picture.credit()))
                .orElse(null);
    }

    /** "Close comments after N days" (0 = never), counted from the publish time. */
    private boolean commentsClosedByAge(Article article) {
        int days = settings.current().closeCommentsAfterDays();
        return days > 0
                && article.getPublishAt() != null
                && article.getPublishAt().plus(Duration.ofDays(days)).isBefore(clock.instant());
    }

    FeedArticle feed(Article article, List<String> labelNames) {
        return new FeedArticle(
                article.getId(),
                article.getTitle(),
                permalink(article),
                article.authorName(),
                article.getPublishAt(),
                article.getUpdatedAt(),
                labelNames,
                article.getSummary(),
                article.getBodyHtml());
    }

    ArticleLink link(Article article) {
        return new ArticleLink(article.getTitle(), permalink(article));
    }

    private static List<LabelLink> labels(Article article) {
        return article.labelNames().stream().map(LabelLink::of).toList();
    }
}
