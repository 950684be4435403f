package app.gazette.backup;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table in the backup: its file in the zip (one JSON object a line), the columns it carries,
 * the key that orders its rows, how many rows are read or written at a time, and whether its
 * id is an identity column whose counter must be moved past the restored ids.
 */
record Table(String name, List<String> key, List<Column> columns, int pageSize, boolean identity) {

    String file() {
        return name + ".jsonl";
    }

    int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    String insertSql() {
        return "INSERT INTO " + name + " (" + columnList() + ") VALUES ("
                + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** The next page after the key values of the last row read (none for the first page). */
    String pageSql(boolean first) {
        String order = String.join(", ", key);
        String after = first
                ? ""
                : " WHERE (" + order + ") > (" + key.stream().map(k -> "?").collect(Collectors.joining(", ")) + ")";
        return "SELECT " + columnList() + " FROM " + name + after + " ORDER BY " + order + " LIMIT " + pageSize;
    }
}
