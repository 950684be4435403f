package app.gazette.search;

import java.time.Instant;
import java.util.List;

/** How one database finds visible articles for a query, most relevant first. */
interface SearchStrategy {

    long count(String query, Instant now);

    List<SearchHit> find(String query, Instant now, long offset, int limit);
}
