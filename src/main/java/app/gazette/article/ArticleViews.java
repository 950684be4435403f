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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Maps articles to the records that pages show. Call within a transaction (labels are lazy). */
@Component
class ArticleViews {

    /** Saves this soon after publishing (typos spotted at once) do not make an article "Updated". */
    static final Duration UPDATE_GRACE = Duration.ofMinutes(10);

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

    /**
     * The article's page record with its related stories; its own and their pictures come from one
     * library lookup.
     */
    ArticleView full(Article article, List<ArticleListQueries.Related> related, List<NoteView> notes) {
        Set<Long> ids = new HashSet<>();
        if (article.featured() != null) {
            ids.add(article.featured().mediaId());
        }
        related.stream()
                .filter(story -> story.featured() != null)
                .forEach(story -> ids.add(story.featured().mediaId()));
        Map<Long, MediaView> pictures = ids.isEmpty() ? Map.of() : library.findAll(ids);
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
                SiteFormats.iso(article.marks().modifiedAt(article.getUpdatedAt())),
                article.getPublishAt(),
                featured(article.featured(), pictures),
                ReadingTime.minutes(article.getBodyHtml()),
                updated(article),
                related.stream().map(story -> related(story, pictures)).toList(),
                notes);
    }

    /**
     * "Updated" shows the last save when it came more than {@link #UPDATE_GRACE} after publishing: saves
     * are the editor's and restores (title, text, labels, picture); comments, closing comments and label
     * renames do not change the article's save time. With notes, the newest note's time. Null when not updated.
     */
    private String updated(Article article) {
        if (article.marks().notedAt() != null) {
            return formats.dateTime(article.marks().notedAt());
        }
        Instant saved = article.getUpdatedAt();
        return saved.isAfter(article.getPublishAt().plus(UPDATE_GRACE)) ? formats.dateTime(saved) : null;
    }

    private RelatedStory related(ArticleListQueries.Related story, Map<Long, MediaView> pictures) {
        return new RelatedStory(
                story.title(),
                story.permalink(),
                formats.dateHeader(formats.dayOf(story.publishAt())),
                SiteFormats.iso(story.publishAt()),
                featured(story.featured(), pictures));
    }

    private static FeaturedView featured(FeaturedImage image, Map<Long, MediaView> pictures) {
        MediaView picture = image == null ? null : pictures.get(image.mediaId());
        return picture == null ? null : featured(image, picture);
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
                article.marks().modifiedAt(article.getUpdatedAt()),
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
