package app.gazette.importing;

import app.gazette.shared.Rows;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The imported_items table: which article or comment each source item became. */
final class ImportedItems {

    enum Kind {
        POST,
        COMMENT
    }

    static final int MAX_KEY = 500;
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final ExportFormat format;

    ImportedItems(JdbcTemplate jdbc, ExportFormat format) {
        this.jdbc = jdbc;
        this.format = format;
    }

    /** The stored key of a source key: itself, or a digest of one too long for the column. */
    static String key(String sourceKey) {
        if (sourceKey.length() <= MAX_KEY) {
            return sourceKey;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sourceKey.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stored key → article or comment id, for the keys (stored form) that were imported before. */
    Map<String, Long> find(Kind kind, Collection<String> keys) {
        Map<String, Long> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        String id = kind == Kind.POST ? "article_id" : "comment_id";
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Object> args = new ArrayList<>(chunk);
            args.add(format.name());
            args.add(kind.name());
            // joined to a list of keys: H2 looks each up in the primary key (with IN it scans the kind)
            jdbc.query(
                    "SELECT i.source_key, i." + id + " FROM imported_items i JOIN (VALUES "
                            + String.join(", ", Collections.nCopies(chunk.size(), "(?)")) + ") k (source_key) "
                            + "ON i.source_key = k.source_key WHERE i.format = ? AND i.kind = ?",
                    row -> {
                        found.put(row.getString(1), row.getLong(2));
                    },
                    args.toArray());
        }
        return found;
    }

    /** Records what these stored keys became. */
    void add(Kind kind, List<String> keys, List<Long> ids) {
        List<Object[]> rows = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            rows.add(new Object[] {
                format.name(),
                kind.name(),
                keys.get(i),
                Rows.nullable(Types.BIGINT, kind == Kind.POST ? ids.get(i) : null),
                Rows.nullable(Types.BIGINT, kind == Kind.COMMENT ? ids.get(i) : null)
            });
        }
        Rows.batch(
                jdbc,
                "INSERT INTO imported_items (format, kind, source_key, article_id, comment_id) "
                        + "VALUES (?, ?, ?, ?, ?)",
                rows);
    }
}
