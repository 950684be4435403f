package app.gazette.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The fallback for H2 (and any database without full text search): each word of the query is a
 * case-insensitive LIKE on title, summary, label names and body. Articles matching more words come
 * first, then by a score (title 8, summary 4, label 2, body 1 per word), then newest. Reads every
 * visible article (about 1.5 s per word at 100,000 articles): large sites belong on PostgreSQL.
 */
final class H2Search implements SearchStrategy {

    static final int MAX_WORDS = 10;
    static final int SNIPPET_LENGTH = 240;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final String VISIBLE = "a.status = 'PUBLISHED' and a.publish_at <= :now";
    private static final String TITLE = "a.title ilike :w%d escape '\\'";
    private static final String SUMMARY = "a.summary ilike :w%d escape '\\'";
    private static final String BODY = "a.body_markdown ilike :w%d escape '\\'";
    private static final String LABEL = "a.id in (select al.article_id from article_labels al join labels l"
            + " on l.id = al.label_id where l.name ilike :w%d escape '\\')";

    private final NamedParameterJdbcTemplate jdbc;

    H2Search(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(String query, Instant now) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return 0;
        }
        List<String> anyField = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            anyField.add(TITLE.formatted(i) + " or " + SUMMARY.formatted(i) + " or " + LABEL.formatted(i) + " or "
                    + BODY.formatted(i));
        }
        Long count = jdbc.queryForObject(
                "select count(*) from articles a where " + VISIBLE + " and (" + String.join(" or ", anyField) + ")",
                params(words, now),
                Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<SearchHit> find(String query, Instant now, long offset, int limit) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        String order = " order by s.matched desc, s.score desc, s.publish_at desc, s.id desc";
        String sql = "select a.id, a.slug, a.title, a.excerpt, a.body_markdown, a.publish_at, a.publish_month, "
                + SearchHit.LABELS + ", " + SearchHit.Featured.COLUMNS + " from ("
                + "select * from (" + scored(words) + ") s where s.matched > 0" + order
                + " limit :limit offset :offset) s join articles a on a.id = s.id" + order;
        MapSqlParameterSource params =
                params(words, now).addValue("limit", limit).addValue("offset", offset);
        Pattern hit = Pattern.compile(
                words.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return jdbc.query(
                sql,
                params,
                (rs, row) -> new SearchHit(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getObject("publish_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("publish_month"),
                        snippet(Snippets.plainText(rs.getString("excerpt"), rs.getString("body_markdown")), hit),
                        SearchHit.labels(rs),
                        SearchHit.Featured.of(rs)));
    }

    /** Distinct lower-case runs of letters and digits, at most {@value #MAX_WORDS}. */
    static List<String> words(String query) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(query);
        while (matcher.find() && words.size() < MAX_WORDS) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(words);
    }

    /**
     * Visible articles with the number of words they match and their score. Each field is matched
     * once per word in the inner query (a label match is one semi-join, not a subquery per article).
     */
    private static String scored(List<String> words) {
        List<String> flags = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        List<String> score = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            flags.add(flag(TITLE, "t", i) + ", " + flag(SUMMARY, "s", i) + ", " + flag(LABEL, "l", i) + ", "
                    + flag(BODY, "b", i));
            matched.add("sign(f.t%1$d + f.s%1$d + f.l%1$d + f.b%1$d)".formatted(i));
            score.add("8 * f.t%1$d + 4 * f.s%1$d + 2 * f.l%1$d + f.b%1$d".formatted(i));
        }
        return "select f.id, f.publish_at, "
                + String.join(" + ", matched) + " as matched, " + String.join(" + ", score) + " as score from"
                + " (select a.id, a.publish_at, "
                + String.join(", ", flags) + " from articles a where " + VISIBLE + ") f";
    }

    private static String flag(String condition, String name, int word) {
        return "case when " + condition.formatted(word) + " then 1 else 0 end as " + name + word;
    }

    private static MapSqlParameterSource params(List<String> words, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        for (int i = 0; i < words.size(); i++) {
            params.addValue("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return params;
    }

    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** About {@value #SNIPPET_LENGTH} characters around the first hit, every hit in it marked. */
    static String snippet(String text, Pattern hit) {
        Matcher first = hit.matcher(text);
        int start = 0;
        if (first.find() && first.start() > SNIPPET_LENGTH / 4) {
            int space = text.indexOf(' ', first.start() - SNIPPET_LENGTH / 4);
            start = space >= 0 && space < first.start() ? space + 1 : first.start();
        }
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start + SNIPPET_LENGTH / 2 ? space : end;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
        }
        String window = text.substring(start, end);
        String marked = hit.matcher(window)
                .replaceAll(m -> Snippets.START + Matcher.quoteReplacement(m.group()) + Snippets.STOP);
        return (start > 0 ? "… " : "") + marked + (end < text.length() ? " …" : "");
    }
}
