package app.gazette.article;

import app.gazette.comment.CommentService;
import app.gazette.site.PageView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What readers can see: visible articles, by page, label and month, and the archive. */
@Service
@Transactional(readOnly = true)
public class ArticleService {

    static final int LOCATION_BATCH = 1000;

    private final ArticleRepository articles;
    private final ArticleViews views;
    private final CommentService comments;
    private final Clock clock;
    private final ArchiveBuilder archive;
    private final SlugAliasRepository aliases;

    ArticleService(ArticleRepository articles, ArticleViews views, CommentService comments, Clock clock,
            ArchiveBuilder archive, SlugAliasRepository aliases) {
        this.articles = articles;
        this.aliases = aliases;
        this.views = views;
        this.comments = comments;
        this.clock = clock;
        this.archive = archive;
    }

    public PageView<ArticleSummaryView> newest(int page, int size) {
        Instant now = clock.instant();
        return summaries(page, size, pageable -> articles.findVisible(now, pageable));
    }

    public PageView<ArticleSummaryView> withLabel(long labelId, int page, int size) {
        Instant now = clock.instant();
        return summaries(page, size, pageable -> articles.findVisibleByLabel(labelId, now, pageable));
    }

    public PageView<ArticleSummaryView> byAuthor(String username, int page, int size) {
        Instant now = clock.instant();
        return summaries(page, size, pageable -> articles.findVisibleByAuthor(username, now, pageable));
    }

    public PageView<ArticleSummaryView> inMonth(YearMonth month, int page, int size) {
        int yyyymm = month.getYear() * 100 + month.getMonthValue();
        Instant now = clock.instant();
        return summaries(page, size, pageable -> articles.findVisibleInMonths(yyyymm, yyyymm, now, pageable));
    }

    public PageView<ArticleSummaryView> inYear(int year, int page, int size) {
        Instant now = clock.instant();
        return summaries(page, size,
                pageable -> articles.findVisibleInMonths(year * 100 + 1, year * 100 + 12, now, pageable));
    }

    /**
     * The visible article with this slug, or that had this slug before, whatever month the URL
     * names: the caller redirects when the permalink differs.
     */
    public Optional<ArticleView> findVisible(String slug) {
        Instant now = clock.instant();
        return articles.findBySlug(slug)
                .or(() -> aliases.findBySlug(slug).flatMap(alias -> articles.findById(alias.getArticleId())))
                .filter(article -> article.isVisibleAt(now)).map(views::full);
    }

    /** The next older and next newer visible articles. */
    public Neighbours neighbours(ArticleView article) {
        Instant now = clock.instant();
        Instant at = Instant.parse(article.isoTime());
        Pageable first = PageRequest.of(0, 1);
        Optional<ArticleLink> older = articles.findOlder(at, article.id(), now, first)
                .stream().findFirst().map(views::link);
        Optional<ArticleLink> newer = articles.findNewer(at, article.id(), now, first)
                .stream().findFirst().map(views::link);
        return new Neighbours(newer.orElse(null), older.orElse(null));
    }

    public List<ArchiveYear> archive() {
        return archive.build(articles.countVisibleByMonth(clock.instant()));
    }

    /** The newest visible articles, for the site's feed. */
    public List<FeedArticle> latest(int count) {
        return articles.findVisible(clock.instant(), PageRequest.of(0, count)).map(views::feed).getContent();
    }

    public List<FeedArticle> latestWithLabel(long labelId, int count) {
        return articles.findVisibleByLabel(labelId, clock.instant(), PageRequest.of(0, count))
                .map(views::feed).getContent();
    }

    public List<FeedArticle> latestBy(String username, int count) {
        return articles.findVisibleByAuthor(username, clock.instant(), PageRequest.of(0, count))
                .map(views::feed).getContent();
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
            List<ArticleRepository.Location> batch = articles.findVisibleLocations(after, now,
                    PageRequest.of(0, (int) Math.min(left, LOCATION_BATCH)));
            batch.forEach(row -> sink.accept(new ArticleLocation(ArticleLink.permalink(row.publishMonth(),
                    row.slug()), row.updatedAt())));
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
                .map(row -> new NewsArticle(row.title(), ArticleLink.permalink(row.publishMonth(), row.slug()),
                        row.publishAt()))
                .toList();
    }

    /** Pages are numbered from 1; a page before the first shows the first, past the end the last. */
    private PageView<ArticleSummaryView> summaries(int page, int size, Function<Pageable, Page<Article>> query) {
        int number = Math.min(Math.max(page, 1), Integer.MAX_VALUE / size);
        Page<Article> result = query.apply(PageRequest.of(number - 1, size));
        if (result.isEmpty() && result.getTotalPages() > 0 && number > result.getTotalPages()) {
            number = result.getTotalPages();
            result = query.apply(PageRequest.of(number - 1, size));
        }
        List<Long> ids = result.getContent().stream().map(Article::getId).toList();
        Map<Long, Long> counts = comments.approvedCounts(ids);
        List<ArticleSummaryView> entries = new ArrayList<>(ids.size());
        result.getContent().forEach(article -> entries.add(views.summary(article, counts)));
        return new PageView<>(entries, number, Math.max(result.getTotalPages(), 1));
    }

    public record Neighbours(ArticleLink newer, ArticleLink older) {
    }
}
