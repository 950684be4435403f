package app.gazette.article;

import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaView;
import app.gazette.shared.LabelLink;
import app.gazette.shared.SiteFormats;
import app.gazette.site.SettingsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    ArticleSummaryView summary(
            Article article, long commentCount, List<String> labelNames, Map<Long, FeaturedView> featured) {
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
                commentCount,
                featured.get(article.getId()));
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
        return image == null
                ? null
                : library.find(image.mediaId())
                        .map(picture -> featured(image, picture))
                        .orElse(null);
    }

    /** The featured pictures of these articles by article id, found in one library lookup. */
    Map<Long, FeaturedView> featured(Collection<Article> articles) {
        List<Article> pictured =
                articles.stream().filter(article -> article.featured() != null).toList();
        if (pictured.isEmpty()) {
            return Map.of();
        }
        Map<Long, MediaView> pictures = library.findAll(
                pictured.stream().map(article -> article.featured().mediaId()).collect(Collectors.toSet()));
        Map<Long, FeaturedView> found = new HashMap<>();
        for (Article article : pictured) {
            MediaView picture = pictures.get(article.featured().mediaId());
            if (picture != null) {
                found.put(article.getId(), featured(article.featured(), picture));
            }
        }
        return found;
    }

    private static FeaturedView featured(FeaturedImage image, MediaView picture) {
        return FeaturedView.of(picture, image.alt(), image.caption(), image.credit());
    }

    /** "Close comments after N days" (0 = never), counted from the publish time. */
    private boolean commentsClosedByAge(Article article) {
        int days = settings.current().closeCommentsAfterDays();
        return days > 0
                && article.getPublishAt() != null
                && article.getPublishAt().plus(Duration.ofDays(days)).isBefore(clock.instant());
    }

    FeedArticle feed(Article article, List<String> labelNames, FeaturedView featured) {
        return new FeedArticle(
                article.getId(),
                article.getTitle(),
                permalink(article),
                article.authorName(),
                article.getPublishAt(),
                article.getUpdatedAt(),
                labelNames,
                article.getSummary(),
                article.getBodyHtml(),
                featured);
    }

    ArticleLink link(Article article) {
        return new ArticleLink(article.getTitle(), permalink(article));
    }

    private static List<LabelLink> labels(Article article) {
        return article.labelNames().stream().map(LabelLink::of).toList();
    }
}
