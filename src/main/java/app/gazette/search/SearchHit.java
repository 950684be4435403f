package app.gazette.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A matching article as a strategy finds it; the snippet carries {@link Snippets} markers. The
 * featured picture's id is null without one; its alt, caption and credit are the article's (or null).
 */
record SearchHit(
        long id,
        String slug,
        String title,
        Instant publishAt,
        int publishMonth,
        String markedSnippet,
        Featured featured) {

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
