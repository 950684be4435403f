package app.gazette.article;

import app.gazette.label.LabelCount;
import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.Versioned;
import app.gazette.shared.LabelLink;
import app.gazette.shared.ListPage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What readers can see: visible articles, by page, label and month, and the archive. */
@Service
@Transactional(readOnly = true)
public class ArticleService {

    static final int LOCATION_BATCH = 1000;
    static final int RELATED_STORIES = 5;

    private final ArticleRepository articles;
    private final ArticleListQueries lists;
    private final ArticleViews views;
    private final Clock clock;
    private final SlugAliasRepository aliases;
    private final Versioned<List<ArchiveYear>> archiveWidget;
    private final Versioned<List<LabelCount>> labelCounts;
    private final ArticleNotes notes;

    ArticleService(
            ArticleRepository articles,
            ArticleListQueries lists,
            ArticleViews views,
            Clock clock,
            ArchiveBuilder archive,
            SlugAliasRepository aliases,
            ContentVersion contentVersion,
            ArticleNotes notes) {
        this.articles = articles;
        this.notes = notes;
        this.lists = lists;
        this.aliases = aliases;
        this.views = views;
        this.clock = clock;
        this.archiveWidget = contentVersion.cached(() -> archive.build(articles.countVisibleByMonth(clock.instant())));
        this.labelCounts = contentVersion.cached(() -> articles.countVisibleByLabel(clock.instant()).stream()
                .map(tally ->
                        new LabelCount(tally.name(), LabelLink.of(tally.name()).url(), tally.count()))
                .toList());
    }

    /** The sidebar's labels with their counts of visible articles. */
    public List<LabelCount> labelCounts() {
        return labelCounts.get();
    }

    public ListPage<ArticleSummaryView> newest(ListPosition position, int size) {
        return list(ListScope.ALL, position, size);
    }

    public ListPage<ArticleSummaryView> withLabel(long labelId, ListPosition position, int size) {
        return list(ListScope.label(labelId), position, size);
    }

    public ListPage<ArticleSummaryView> byAuthor(String username, ListPosition position, int size) {
        return list(ListScope.author(username), position, size);
    }

    public ListPage<ArticleSummaryView> inMonth(YearMonth month, ListPosition position, int size) {
        return list(
                ListScope.between(
                        views.startOf(month.atDay(1)),
                        views.startOf(month.plusMonths(1).atDay(1))),
                position,
                size);
    }

    public ListPage<ArticleSummaryView> inYear(int year, ListPosition position, int size) {
        return list(
                ListScope.between(views.startOf(LocalDate.of(year, 1, 1)), views.startOf(LocalDate.of(year + 1, 1, 1))),
                position,
                size);
    }

    /**
     * The visible article with this slug, or that had this slug before, whatever month the URL
     * names: the caller redirects when the permalink differs.
     */
    public Optional<ArticleView> findVisible(String slug) {
        Instant now = clock.instant();
        return articles.findBySlug(slug)
                .or(() -> aliases.findBySlug(slug).flatMap(alias -> articles.findById(alias.getArticleId())))
                .filter(article -> article.isVisibleAt(now))
                .map(article -> views.full(article, related(article, now), notes.of(article)));
    }

    private List<ArticleListQueries.Related> related(Article article, Instant now) {
        return article.labelNames().isEmpty() ? List.of() : lists.related(article.getId(), now, RELATED_STORIES);
    }

    /** The next older and next newer visible articles. */
    public Neighbours neighbours(ArticleView article) {
        var found = lists.neighbours(new Cursor(article.publishAt(), article.id()), clock.instant());
        return new Neighbours(found.get("N"), found.get("O"));
    }

    /** The archive widget: kept until public content changes. */
    public List<ArchiveYear> archive() {
        return archiveWidget.get();
    }

    /** The newest visible articles, for the site's feed. */
    public List<FeedArticle> latest(int count) {
        return feed(ListScope.ALL, count);
    }

    public List<FeedArticle> latestWithLabel(long labelId, int count) {
        return feed(ListScope.label(labelId), count);
    }

    public List<FeedArticle> latestBy(String username, int count) {
        return feed(ListScope.author(username), count);
    }

    private List<FeedArticle> feed(ListScope scope, int count) {
        Instant now = clock.instant();
        List<Article> found = lists.older(scope, Cursor.top(now), now, count).stream()
                .map(ArticleListQueries.Row::article)
                .toList();
        var labels = lists.labelNames(found.stream().map(Article::getId).toList());
        Map<Long, FeaturedView> featured = views.featured(found);
        return found.stream()
                .map(article -> views.feed(
                        article, labels.getOrDefault(article.getId(), List.of()), featured.get(article.getId())))
                .toList();
    }

    public long visibleCount() {
        return articles.countVisible(clock.instant());
    }

    /**
     * Hands the visible articles from position {@code from} (by id, counted from 0) to {@code sink},
     * at most {@code count} of them, a batch at a time: no entities are loaded.
     */
    public void visibleLocations(long from, long count, Consumer<ArticleLocation> sink) {
        Instant now = clock.instant();
        long after = 0;
        if (from > 0) {
            List<Long> previous = articles.findVisibleIds(now, PageRequest.of(Math.toIntExact(from - 1), 1));
            if (previous.isEmpty()) {
                return;
            }
            after = previous.get(0);
        }
        long left = count;
        while (left > 0) {
            List<ArticleRepository.Location> batch =
                    articles.findVisibleLocations(after, now, PageRequest.of(0, (int) Math.min(left, LOCATION_BATCH)));
            batch.forEach(row -> sink.accept(
                    new ArticleLocation(ArticleLink.permalink(row.publishMonth(), row.slug()), row.updatedAt())));
            if (batch.size() < Math.min(left, LOCATION_BATCH)) {
                return;
            }
            left -= batch.size();
            after = batch.get(batch.size() - 1).id();
        }
    }

    /** Visible articles published in the last {@code period}, newest first, at most {@code count}. */
    public List<NewsArticle> publishedWithin(Duration period, int count) {
        Instant now = clock.instant();
        return articles.findVisibleSince(now.minus(period), now, PageRequest.of(0, count)).stream()
                .map(row -> new NewsArticle(
                        row.title(), ArticleLink.permalink(row.publishMonth(), row.slug()), row.publishAt()))
                .toList();
    }

    /**
     * A page of a list: one statement for its articles (with their featured picture's id), one for
     * their labels, one library lookup for the pictures (keyset paging).
     */
    private ListPage<ArticleSummaryView> list(ListScope scope, ListPosition position, int size) {
        Instant now = clock.instant();
        Cursor top = Cursor.top(now);
        if (position.after() != null) {
            List<ArticleListQueries.Row> newer = lists.newer(scope, position.after(), now, size + 1);
            if (newer.size() > size) {
                List<ArticleListQueries.Row> rows = new ArrayList<>(newer.subList(0, size));
                Collections.reverse(rows);
                return page(rows, rows.get(0).cursor(), true, rows.get(size - 1).cursor());
            }
        }
        Cursor from = top;
        if (position.before() != null && top.isAfter(position.before())) {
            from = position.before();
        } else if (position.after() == null && position.page() > 1) {
            from = pageStart(scope, now, position.page(), size);
        }
        List<ArticleListQueries.Row> older = lists.older(scope, from, now, size + 1);
        List<ArticleListQueries.Row> rows = older.subList(0, Math.min(size, older.size()));
        Cursor newest = rows.isEmpty() ? from : rows.get(0).cursor();
        return page(
                rows,
                newest,
                !from.equals(top),
                older.size() > size ? rows.get(size - 1).cursor() : null);
    }

    /** Where page {@code number} of an old link starts; past the end, the last page. */
    private Cursor pageStart(ListScope scope, Instant now, int number, int size) {
        long offset = Math.min((long) (number - 1) * size, Integer.MAX_VALUE) - 1;
        return lists.cursorAt(scope, now, (int) offset).orElseGet(() -> {
            long count = lists.count(scope, now);
            long lastStart = count == 0 ? 0 : (count - 1) / size * size;
            return lastStart == 0
                    ? Cursor.top(now)
                    : lists.cursorAt(scope, now, (int) lastStart - 1).orElse(Cursor.top(now));
        });
    }

    private ListPage<ArticleSummaryView> page(
            List<ArticleListQueries.Row> rows, Cursor newest, boolean hasNewer, Cursor older) {
        Map<Long, List<String>> labels =
                lists.labelNames(rows.stream().map(row -> row.article().getId()).toList());
        Map<Long, FeaturedView> featured = views.featured(
                rows.stream().map(ArticleListQueries.Row::article).toList());
        List<ArticleSummaryView> entries = rows.stream()
                .map(row -> views.summary(
                        row.article(),
                        row.commentCount(),
                        labels.getOrDefault(row.article().getId(), List.of()),
                        featured))
                .toList();
        return new ListPage<>(entries, hasNewer ? newest.token() : null, older == null ? null : older.token());
    }

    public record Neighbours(ArticleLink newer, ArticleLink older) {}
}
