package app.gazette.backup;

import java.io.InputStream;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a table's file one row at a time with Jackson's streaming parser: each row one flat JSON
 * object whose fields are the table's columns, each value of its column's type and within its
 * limits, each text bounded while it is read ({@link ValueGuard}); derived columns are skipped
 * unread. The first problem stops the reading with a message naming the file, line, row key and field.
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
                    .maxStringLength(BackupFormat.MAX_BODY)
                    .build())
            .build();

    private static final int MAX_KEY_SHOWN = 100;

    private RowReader() {}

    /** Reads every row of the file; returns how many there were. */
    static long read(InputStream in, Table table, Rows rows) {
        List<Column> columns = table.columns();
        ValueGuard guard = new ValueGuard(in);
        long count = 0;
        int line = 1;
        try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), guard)) {
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                line = json.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    throw new BackupRefused("backup.error.notARow", table.file(), line);
                }
                rows.row(row(json, guard, table, columns, line));
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

    private static Object[] row(JsonParser json, ValueGuard guard, Table table, List<Column> columns, int line) {
        Object[] values = new Object[columns.size()];
        boolean[] seen = new boolean[columns.size()];
        for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
            int index = table.indexOf(json.currentName());
            if (index < 0) {
                throw new BackupRefused("backup.error.unknownField", table.file(), line);
            }
            Column column = columns.get(index);
            if (seen[index]) {
                throw fieldProblem("twice", table, line, column.name(), values);
            }
            seen[index] = true;
            JsonToken value = json.nextToken();
            if (column.derived()) {
                if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                    throw fieldProblem("wrongType", table, line, column.name(), values);
                }
                continue; // skipped unread by the next token
            }
            if (value != JsonToken.VALUE_NULL) {
                values[index] = parse(
                        json, guard, value, column, () -> fieldProblem("tooLong", table, line, column.name(), values));
                if (values[index] == null) {
                    throw fieldProblem("wrongType", table, line, column.name(), values);
                }
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            String problem = columns.get(i).problem(values[i]);
            if (problem != null) {
                throw fieldProblem(problem, table, line, columns.get(i).name(), values);
            }
        }
        RowRules.Problem problem = RowRules.check(table, values);
        if (problem != null) {
            throw fieldProblem(problem.code(), table, line, problem.column(), values);
        }
        return values;
    }

    private static Object parse(
            JsonParser json, ValueGuard guard, JsonToken value, Column column, Supplier<BackupRefused> tooLong) {
        if (value == JsonToken.VALUE_STRING && column.maxLength() > 0) {
            TokenStreamLocation at = json.currentTokenLocation();
            guard.watch(at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset(), column.maxLength(), tooLong);
        }
        try {
            return column.type().parse(json, value);
        } catch (StreamConstraintsException e) {
            throw tooLong.get();
        } finally {
            guard.release();
        }
    }

    private static BackupRefused fieldProblem(String problem, Table table, int line, String column, Object[] values) {
        return new BackupRefused("backup.error.field." + problem, table.file(), line, column, key(table, values));
    }

    /** The row's key as far as it was read, such as "id 17" or "slug old-name" ("?" for a value not read). */
    static String key(Table table, Object[] values) {
        StringJoiner key = new StringJoiner(", ");
        for (String column : table.key()) {
            Object value = values[table.indexOf(column)];
            key.add(column + " " + (value == null ? "?" : shown(value.toString())));
        }
        return key.toString();
    }

    /** Text of the file as a message may show it: one line, at most 100 characters. */
    static String shown(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ");
        return line.length() > MAX_KEY_SHOWN ? line.substring(0, MAX_KEY_SHOWN) + "…" : line;
    }
}
