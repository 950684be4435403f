package app.gazette.article;

import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.PublicContentChanged;
import app.gazette.pagecache.Versioned;
import app.gazette.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead story and the featured strip: marked by editors, read by the home page once per content
 * version (the version also turns when a scheduled article appears or a lead ends), so the home page
 * costs no more statements than any list while nothing changes.
 */
@Service
@Transactional(readOnly = true)
public class FrontPage {

    static final int FEATURED = 4;

    private final ArticleRepository articles;
    private final ArticleListQueries lists;
    private final ArticleViews views;
    private final FrontPagePolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Versioned<FrontPageView> current;

    FrontPage(
            ArticleRepository articles,
            ArticleListQueries lists,
            ArticleViews views,
            FrontPagePolicy policy,
            Clock clock,
            ApplicationEventPublisher events,
            ContentVersion version) {
        this.articles = articles;
        this.lists = lists;
        this.views = views;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
        this.current = version.cached(this::compute);
    }

    /** The lead and featured articles readers see now. */
    public FrontPageView current() {
        return current.get();
    }

    /** The article's marks as its editor page shows them; lead only while not past its end. */
    public FrontPageChoice choiceOf(long id) {
        Article article = find(id);
        return new FrontPageChoice(
                policy.isMarkedLead(article),
                policy.isMarkedLead(article) ? article.marks().leadUntil() : null,
                article.marks().featuredAt() != null);
    }

    /** Marks or unmarks the article; a new lead replaces the old. Keeps the times of marks it already had. */
    @Transactional
    public void mark(long id, FrontPageChoice choice) {
        Article article = find(id);
        policy.check(article, choice);
        Instant now = clock.instant();
        EditorialMarks marks = article.marks();
        if (choice.lead()) {
            articles.clearLeadsBut(id);
            boolean already = policy.isMarkedLead(article);
            articles.updateLead(id, already ? marks.leadSince() : now, choice.leadUntil());
        } else {
            articles.updateLead(id, null, null);
        }
        Instant featuredSince = marks.featuredAt() != null ? marks.featuredAt() : now;
        articles.updateFeatured(id, choice.featured() ? featuredSince : null);
        events.publishEvent(new PublicContentChanged("front page"));
    }

    /** One statement for the marked articles, one for their labels, one library lookup for their pictures. */
    private FrontPageView compute() {
        List<ArticleListQueries.Row> marked = lists.frontPage(clock.instant(), FEATURED + 2);
        ArticleListQueries.Row lead =
                marked.isEmpty() || !policy.isLead(marked.get(0).article()) ? null : marked.get(0);
        List<ArticleListQueries.Row> featured = marked.stream()
                .filter(row -> row != lead && policy.isFeatured(row.article()))
                .limit(FEATURED)
                .toList();
        List<Article> shown = Stream.concat(Stream.ofNullable(lead), featured.stream())
                .map(ArticleListQueries.Row::article)
                .toList();
        Map<Long, List<String>> labels =
                lists.labelNames(shown.stream().map(Article::getId).toList());
        Map<Long, FeaturedView> pictures = views.featured(shown);
        return new FrontPageView(
                lead == null ? null : summary(lead, labels, pictures),
                featured.stream().map(row -> summary(row, labels, pictures)).toList());
    }

    private ArticleSummaryView summary(
            ArticleListQueries.Row row, Map<Long, List<String>> labels, Map<Long, FeaturedView> pictures) {
        Article article = row.article();
        return views.summary(article, row.commentCount(), labels.getOrDefault(article.getId(), List.of()), pictures);
    }

    private Article find(long id) {
        return articles.findById(id).orElseThrow(NotFoundException::new);
    }
}
