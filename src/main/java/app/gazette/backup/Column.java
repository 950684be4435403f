package app.gazette.backup;

import java.util.Set;

/**
 * A column as the backup knows it: its JSON type, whether it may be null, its longest text in
 * characters (a bound enforced while the value is read), the values it may take (empty: any), the
 * rule its text follows, whether it must not be blank, the range of a number, and whether it is
 * derived: never read from the file but made again by the restore (an article's HTML and summary).
 */
record Column(
        String name,
        ColumnType type,
        boolean nullable,
        int maxLength,
        Set<String> values,
        TextRule rule,
        boolean filled,
        long min,
        long max,
        boolean derived) {

    static Column required(String name, ColumnType type) {
        return new Column(name, type, false, 0, Set.of(), TextRule.ANY, false, Long.MIN_VALUE, Long.MAX_VALUE, false);
    }

    static Column optional(String name, ColumnType type) {
        return new Column(name, type, true, 0, Set.of(), TextRule.ANY, false, Long.MIN_VALUE, Long.MAX_VALUE, false);
    }

    static Column range(String name, long min, long max) {
        return new Column(name, ColumnType.INT, false, 0, Set.of(), TextRule.ANY, false, min, max, false);
    }

    /** A size in bytes: from 1 to max. */
    static Column size(String name, long max) {
        return new Column(name, ColumnType.LONG, false, 0, Set.of(), TextRule.ANY, false, 1, max, false);
    }

    /** Text that may be empty. */
    static Column text(String name, int maxLength, TextRule rule) {
        return new Column(name, ColumnType.TEXT, false, maxLength, Set.of(), rule, false, 0, 0, false);
    }

    /** Text that must not be blank, as the forms require. */
    static Column filled(String name, int maxLength, TextRule rule) {
        return new Column(name, ColumnType.TEXT, false, maxLength, Set.of(), rule, true, 0, 0, false);
    }

    static Column optionalText(String name, int maxLength, TextRule rule) {
        return new Column(name, ColumnType.TEXT, true, maxLength, Set.of(), rule, false, 0, 0, false);
    }

    static Column oneOf(String name, String... values) {
        int longest = Set.of(values).stream().mapToInt(String::length).max().orElse(0);
        return new Column(name, ColumnType.TEXT, false, longest, Set.of(values), TextRule.ANY, true, 0, 0, false);
    }

    /** One of the values, or null (a column added since: older backups leave it out). */
    static Column optionalOneOf(String name, String... values) {
        Column column = oneOf(name, values);
        return new Column(
                name, ColumnType.TEXT, true, column.maxLength(), column.values(), TextRule.ANY, true, 0, 0, false);
    }

    /** Text the restore makes again; whatever the file holds there is skipped unread. */
    static Column derived(String name) {
        return new Column(name, ColumnType.TEXT, false, 0, Set.of(), TextRule.ANY, false, 0, 0, true);
    }

    /** Why a value that has the right type does not fit, or null if it fits. */
    String problem(Object value) {
        if (derived) {
            return null;
        }
        if (value == null) {
            return nullable ? null : "missing";
        }
        if (value instanceof Number number && (number.longValue() < min || number.longValue() > max)) {
            return "outOfRange";
        }
        if (!(value instanceof String text)) {
            return null;
        }
        if (maxLength > 0 && text.codePointCount(0, text.length()) > maxLength) {
            return "tooLong";
        }
        if (!values.isEmpty()) {
            return values.contains(text) ? null : "unknownValue";
        }
        if (filled && text.isBlank()) {
            return "blank";
        }
        return rule.problem(text);
    }
}
