package app.gazette.backup;

import app.gazette.label.LabelNames;

/**
 * Rules across the columns of a row, as the editor keeps them: a published article has its
 * publish time and month (yyyyMM), and a label's name and slug are what the label feature makes of it.
 */
final class RowRules {

    /** A column whose value breaks a rule, and the problem's message suffix (backup.error.field.*). */
    record Problem(String column, String code) {}

    private RowRules() {}

    static Problem check(Table table, Object[] values) {
        if (table == BackupFormat.ARTICLES) {
            return article(table, values);
        }
        if (table == BackupFormat.LABELS) {
            String name = (String) values[table.indexOf("name")];
            if (!name.equals(LabelNames.clean(name))) {
                return new Problem("name", "invalid");
            }
            if (!LabelNames.keyOf(name).equals(values[table.indexOf("slug")])) {
                return new Problem("slug", "invalid");
            }
        }
        return null;
    }

    private static Problem article(Table table, Object[] values) {
        Object publishAt = values[table.indexOf("publish_at")];
        Integer month = (Integer) values[table.indexOf("publish_month")];
        if ("PUBLISHED".equals(values[table.indexOf("status")]) && publishAt == null) {
            return new Problem("publish_at", "missing");
        }
        if ((publishAt == null) != (month == null)) {
            return new Problem("publish_month", publishAt == null ? "invalid" : "missing");
        }
        if (month != null && (month / 100 < 1 || month % 100 < 1 || month % 100 > 12)) {
            return new Problem("publish_month", "outOfRange");
        }
        return null;
    }
}
