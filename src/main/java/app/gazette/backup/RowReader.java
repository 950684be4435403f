package app.gazette.backup;

import java.io.InputStream;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a table's file one row at a time with Jackson's streaming parser: each row one flat JSON
 * object whose fields are the table's columns, each value of its column's type and within its
 * limits. The first problem stops the reading with a message naming the file, line and field.
 */
final class RowReader {

    /** Receives each checked row, values in the table's column order. */
    interface Rows {
        void row(Object[] values);
    }

    static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(4)
                    .maxNumberLength(24)
                    .maxNameLength(64)
                    .maxStringLength(BackupFormat.MAX_STRING_CHARS)
                    .build())
            .build();

    private RowReader() {}

    /** Reads every row of the file; returns how many there were. */
    static long read(InputStream in, Table table, Rows rows) {
        List<Column> columns = table.columns();
        long count = 0;
        int line = 1;
        try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), in)) {
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                line = json.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    throw new BackupRefused("backup.error.notARow", table.file(), line);
                }
                rows.row(row(json, table, columns, line));
                count++;
            }
            return count;
        } catch (JacksonIOException e) {
            throw new BackupRefused("backup.error.unreadable");
        } catch (JacksonException e) {
            int at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw new BackupRefused("backup.error.malformed", table.file(), Math.max(at, line));
        }
    }

    private static Object[] row(JsonParser json, Table table, List<Column> columns, int line) {
        Object[] values = new Object[columns.size()];
        boolean[] seen = new boolean[columns.size()];
        for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
            int index = table.indexOf(json.currentName());
            if (index < 0) {
                throw new BackupRefused("backup.error.unknownField", table.file(), line);
            }
            Column column = columns.get(index);
            if (seen[index]) {
                throw fieldProblem("twice", table, line, column);
            }
            seen[index] = true;
            JsonToken value = json.nextToken();
            if (value != JsonToken.VALUE_NULL) {
                values[index] = column.type().parse(json, value);
                if (values[index] == null) {
                    throw fieldProblem("wrongType", table, line, column);
                }
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            String problem = columns.get(i).problem(values[i]);
            if (problem != null) {
                throw fieldProblem(problem, table, line, columns.get(i));
            }
        }
        return values;
    }

    private static BackupRefused fieldProblem(String problem, Table table, int line, Column column) {
        return new BackupRefused("backup.error.field." + problem, table.file(), line, column.name());
    }
}
