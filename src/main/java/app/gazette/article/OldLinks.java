package app.gazette.article;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * Addresses imported articles had on their old site (table old_links): Blogger's
 * /2019/02/slug.html, WordPress's /2019/02/09/name/ and /?p=42. Each answers with a 301 to the
 * article's permalink while the article is visible.
 */
@Service
public class OldLinks {

    /** The longest path kept (old_links.path). */
    public static final int MAX_PATH = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OldLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The permalink of the visible article that had this address, if any. */
    @Transactional(readOnly = true)
    public Optional<String> permalink(String path) {
        String key = normalize(path);
        if (key == null) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "SELECT a.slug, a.publish_month FROM old_links o JOIN articles a ON a.id = o.article_id "
                                + "WHERE o.path = ? AND a.status = 'PUBLISHED' AND a.publish_at <= ?",
                        (row, n) -> ArticleLink.permalink(row.getInt(2), row.getString(1)),
                        key,
                        OffsetDateTime.now(clock))
                .stream()
                .findFirst();
    }

    /**
     * The form a path is stored and looked up in: percent-decoded, without a trailing slash; null
     * when it is no path (or longer than {@link #MAX_PATH}).
     */
    public static String normalize(String path) {
        if (path == null || !path.startsWith("/")) {
            return null;
        }
        String decoded;
        try {
            decoded = UriUtils.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = path;
        }
        String trimmed =
                decoded.length() > 1 && decoded.endsWith("/") ? decoded.substring(0, decoded.length() - 1) : decoded;
        return trimmed.length() > MAX_PATH ? null : trimmed;
    }
}
