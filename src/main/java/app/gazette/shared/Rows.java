package app.gazette.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * JDBC batches for bulk writes (the import): inserts that return their ids, and values bound the
 * same way on H2 and PostgreSQL.
 */
public final class Rows {

    private Rows() {}

    /** Inserts the rows in one batch; their generated ids, in the rows' order. */
    public static List<Long> insertReturningIds(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((ConnectionCallback<List<Long>>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
                for (Object[] row : rows) {
                    bind(insert, row);
                    insert.addBatch();
                }
                insert.executeBatch();
                List<Long> ids = new ArrayList<>(rows.size());
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                if (ids.size() != rows.size()) {
                    throw new SQLException("expected " + rows.size() + " generated ids, got " + ids.size());
                }
                return ids;
            }
        });
    }

    public static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, rows.size(), Rows::bind);
        }
    }

    /** A value that may be null, with its SQL type (java.sql.Types), so that no driver has to guess it. */
    public static SqlParameterValue nullable(int sqlType, Object value) {
        return new SqlParameterValue(
                sqlType, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
    }

    public static void bind(PreparedStatement statement, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object value = row[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : row[i];
            StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, value);
        }
    }

    /** "?, ?, ?" for an IN list. */
    public static String marks(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    /** At most this many characters, no surrogate pair split (H2 counts chars, PostgreSQL code points). */
    public static String cut(String text, int chars) {
        if (text == null || text.length() <= chars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(chars - 1)) ? chars - 1 : chars;
        return text.substring(0, end);
    }
}
