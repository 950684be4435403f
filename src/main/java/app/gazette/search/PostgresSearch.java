package app.gazette.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * PostgreSQL full text search over articles.search_vector (V5, GIN-indexed): websearch_to_tsquery
 * reads any input without syntax errors (quotes, "or", "-word"), ts_rank_cd ranks, ts_headline cuts
 * the snippet with control-character markers that {@link Snippets#toHtml} turns into escaped HTML.
 */
final class PostgresSearch implements SearchStrategy {

    /** Must match the configuration of the generated column in V5__add_article_search.sql. */
    static final String CONFIG = "english";

    private static final String QUERY = "websearch_to_tsquery('" + CONFIG + "', :q)";
    private static final String MATCHING = " from articles a where a.status = 'PUBLISHED' and a.publish_at <= :now"
            + " and a.search_vector @@ " + QUERY;
    /** The snippet's text: excerpt and body, without link targets, emphasis signs or stray markers. */
    private static final String PLAIN = "regexp_replace(translate(concat_ws(' ', a.excerpt, a.body_markdown),"
            + " '*#`' || chr(2) || chr(3), '   '), '!?\\[([^\\]]*)\\]\\([^)]*\\)', '\\1', 'g')";

    private static final String OPTIONS = "StartSel=" + Snippets.START + ", StopSel=" + Snippets.STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final NamedParameterJdbcTemplate jdbc;

    PostgresSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(String query, Instant now) {
        Long count = jdbc.queryForObject("select count(*)" + MATCHING, params(query, now), Long.class);
        return count == null ? 0 : count;
    }

    /** Ranks in a subquery so that ts_headline, the costly part, runs only for the page's rows. */
    @Override
    public List<SearchHit> find(String query, Instant now, long offset, int limit) {
        String sql = "select a.id, a.slug, a.title, a.publish_at, a.publish_month, " + SearchHit.LABELS + ", "
                + SearchHit.Featured.COLUMNS + ", ts_headline('" + CONFIG + "', "
                + PLAIN + ", " + QUERY + ", :options) as snippet"
                + " from (select a.id, ts_rank_cd(a.search_vector, " + QUERY + ", 1) as rank" + MATCHING
                + " order by rank desc, a.publish_at desc, a.id desc limit :limit offset :offset) r"
                + " join articles a on a.id = r.id order by r.rank desc, a.publish_at desc, a.id desc";
        MapSqlParameterSource params =
                params(query, now).addValues(Map.of("options", OPTIONS, "limit", limit, "offset", offset));
        return jdbc.query(
                sql,
                params,
                (rs, row) -> new SearchHit(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getObject("publish_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("publish_month"),
                        rs.getString("snippet"),
                        SearchHit.labels(rs),
                        SearchHit.Featured.of(rs)));
    }

    private static MapSqlParameterSource params(String query, Instant now) {
        return new MapSqlParameterSource("q", query).addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }
}
