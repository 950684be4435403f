package app.gazette.backup;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row and column (SELECT *, so columns the backup forgot show up too) of the tables a backup
 * carries, in key order. Times become instants; anything else database-specific (PostgreSQL's
 * search vector) its text. Left out: the columns named, as "table.column".
 */
final class TableSnapshot {

    private TableSnapshot() {}

    static Map<String, List<Map<String, Object>>> of(JdbcTemplate jdbc, Set<String> leftOut) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (Table table : BackupFormat.TABLES) {
            List<Map<String, Object>> rows = jdbc.query(
                    "SELECT * FROM " + table.name() + " ORDER BY " + String.join(", ", table.key()), (row, n) -> {
                        Map<String, Object> values = new LinkedHashMap<>();
                        for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                            String column = row.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT);
                            if (!leftOut.contains(table.name() + "." + column)) {
                                values.put(column, normal(row.getObject(i)));
                            }
                        }
                        return values;
                    });
            tables.put(table.name(), rows);
        }
        return tables;
    }

    private static Object normal(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }
}
