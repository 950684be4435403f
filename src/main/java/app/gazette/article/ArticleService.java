package app.gazette.article;

import app.gazette.comment.CommentService;
import app.gazette.site.PageView;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public Neighbours neighbours(long articleId) {
        Instant now = clock.instant();
        Article article = articles.findById(articleId).orElseThrow();
        Pageable first = PageRequest.of(0, 1);
        Optional<ArticleLink> older = articles.findOlder(article.getPublishAt(), articleId, now, first)
                .stream().findFirst().map(views::link);
        Optional<ArticleLink> newer = articles.findNewer(article.getPublishAt(), articleId, now, first)
                .stream().findFirst().map(views::link);
        return new Neighbours(newer.orElse(null), older.orElse(null));
    }

    public List<ArchiveYear> archive() {
        return archive.build(articles.countVisibleByMonth(clock.instant()));
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
