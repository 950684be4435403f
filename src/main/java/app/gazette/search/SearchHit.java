package app.gazette.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A matching article as a strategy finds it, with its label names; the snippet carries
 * {@link Snippets} markers. The featured picture's id is null without one; its alt, caption and
 * credit are the article's (or null).
 */
record SearchHit(
        long id,
        String slug,
        String title,
        Instant publishAt,
        int publishMonth,
        String markedSnippet,
        List<String> labels,
        Featured featured) {

    /** The label names of article {@code a}, by slug, as an array column of the hit's row. */
    static final String LABELS = "(select array_agg(l.name order by l.slug) from article_labels al"
            + " join labels l on l.id = al.label_id where al.article_id = a.id) as label_names";

    static List<String> labels(ResultSet rs) throws SQLException {
        Array names = rs.getArray("label_names");
        if (names == null) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        for (Object name : (Object[]) names.getArray()) {
            labels.add((String) name);
        }
        return labels;
    }

    /** The article's choice of featured picture, read with the hit. */
    record Featured(Long mediaId, String alt, String caption, String credit) {

        static final String COLUMNS = "a.featured_media_id, a.featured_alt, a.featured_caption, a.featured_credit";

        static Featured of(ResultSet rs) throws SQLException {
            long id = rs.getLong("featured_media_id");
            return new Featured(
                    rs.wasNull() ? null : id,
                    rs.getString("featured_alt"),
                    rs.getString("featured_caption"),
                    rs.getString("featured_credit"));
        }
    }
}
