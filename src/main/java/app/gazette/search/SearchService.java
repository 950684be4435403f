package app.gazette.search;

import app.gazette.article.ArticleLink;
import app.gazette.article.FeaturedView;
import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaView;
import app.gazette.shared.LabelLink;
import app.gazette.shared.PageView;
import app.gazette.shared.SiteFormats;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds visible articles (published, publish time come) for a reader's query, most relevant first:
 * with PostgreSQL's full text search, or with LIKE on any other database (H2). A page costs a count,
 * the page's hits (with their labels and featured picture ids) and one library lookup for the pictures.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    private final SearchStrategy strategy;
    private final SiteFormats formats;
    private final Clock clock;
    private final MediaLibrary library;

    SearchService(JdbcTemplate jdbc, SiteFormats formats, Clock clock, MediaLibrary library) {
        this.library = library;
        this.formats = formats;
        this.clock = clock;
        String product =
                jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        this.strategy = "PostgreSQL".equalsIgnoreCase(product) ? new PostgresSearch(named) : new H2Search(named);
    }

    /** Pages are numbered from 1; a page before the first shows the first, past the end the last. */
    public SearchResults search(SearchQuery query, int page, int size) {
        if (query.isEmpty()) {
            return new SearchResults(query.text(), new PageView<>(List.of(), 1, 1), 0);
        }
        Instant now = clock.instant();
        long total = strategy.count(query.text(), now);
        int totalPages = (int) Math.min(Integer.MAX_VALUE, Math.max(1, (total + size - 1) / size));
        int number = Math.min(Math.max(page, 1), totalPages);
        List<SearchHit> hits =
                total == 0 ? List.of() : strategy.find(query.text(), now, (long) (number - 1) * size, size);
        Map<Long, MediaView> pictures = pictures(hits);
        List<SearchResult> results = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            results.add(new SearchResult(
                    hit.id(),
                    hit.title(),
                    ArticleLink.permalink(hit.publishMonth(), hit.slug()),
                    formats.dateHeader(formats.dayOf(hit.publishAt())),
                    SiteFormats.iso(hit.publishAt()),
                    Snippets.toHtml(hit.markedSnippet()),
                    hit.labels().stream().map(LabelLink::of).toList(),
                    featured(hit.featured(), pictures)));
        }
        return new SearchResults(query.text(), new PageView<>(results, number, totalPages), total);
    }

    String strategyName() {
        return strategy.getClass().getSimpleName();
    }

    /** The featured pictures of the hits, in one library lookup. */
    private Map<Long, MediaView> pictures(List<SearchHit> hits) {
        Set<Long> ids = hits.stream()
                .map(hit -> hit.featured().mediaId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : library.findAll(ids);
    }

    private static FeaturedView featured(SearchHit.Featured chosen, Map<Long, MediaView> pictures) {
        MediaView picture = chosen.mediaId() == null ? null : pictures.get(chosen.mediaId());
        return picture == null ? null : FeaturedView.of(picture, chosen.alt(), chosen.caption(), chosen.credit());
    }
}
