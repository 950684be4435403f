package app.gazette.backup;

import java.util.Set;

/**
 * A column as the backup knows it: its JSON type, whether it may be null, its longest text (in
 * characters, 0: no limit) and, for status-like columns, the values it may take (empty: any).
 */
record Column(String name, ColumnType type, boolean nullable, int maxLength, Set<String> values) {

    static Column required(String name, ColumnType type) {
        return new Column(name, type, false, 0, Set.of());
    }

    static Column optional(String name, ColumnType type) {
        return new Column(name, type, true, 0, Set.of());
    }

    static Column text(String name, int maxLength) {
        return new Column(name, ColumnType.TEXT, false, maxLength, Set.of());
    }

    static Column optionalText(String name, int maxLength) {
        return new Column(name, ColumnType.TEXT, true, maxLength, Set.of());
    }

    static Column oneOf(String name, String... values) {
        return new Column(name, ColumnType.TEXT, false, 0, Set.of(values));
    }

    /** Why a value that has the right type does not fit, or null if it fits. */
    String problem(Object value) {
        if (value == null) {
            return nullable ? null : "missing";
        }
        if (maxLength > 0 && value instanceof String text && text.codePointCount(0, text.length()) > maxLength) {
            return "tooLong";
        }
        if (!values.isEmpty() && !values.contains(value)) {
            return "unknownValue";
        }
        return null;
    }
}
