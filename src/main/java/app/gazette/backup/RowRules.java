package app.gazette.backup;

import app.gazette.label.LabelNames;
import app.gazette.media.MediaArchive;
import app.gazette.shared.Rows;

/**
 * Rules across the columns of a row, as the editor keeps them: a published article has its
 * publish time and month (yyyyMM), a label's name and slug are what the label feature makes of it,
 * and a picture's file is named for its width and format.
 */
final class RowRules {

    /** A column whose value breaks a rule, and the problem's message suffix (backup.error.field.*). */
    record Problem(String column, String code) {}

    /** labels.slug: the import cuts a name's key to it. */
    private static final int MAX_LABEL = 100;

    private RowRules() {}

    static Problem check(Table table, Object[] values) {
        if (table == BackupFormat.ARTICLES) {
            return article(table, values);
        }
        if (table == PictureTables.MEDIA_FILES) {
            return mediaFile(table, values);
        }
        if (table == BackupFormat.LABELS) {
            String name = (String) values[table.indexOf("name")];
            if (!name.equals(LabelNames.clean(name))) {
                return new Problem("name", "invalid");
            }
            String key = LabelNames.keyOf(name);
            Object slug = values[table.indexOf("slug")];
            if (!key.equals(slug) && !Rows.cut(key, MAX_LABEL).equals(slug)) {
                return new Problem("slug", "invalid");
            }
        }
        return null;
    }

    /** A file named as the library names it ({@code …-<width>.<extension>}); WebP files are WebP. */
    private static Problem mediaFile(Table table, Object[] values) {
        String type = (String) values[table.indexOf("content_type")];
        if ("WEBP".equals(values[table.indexOf("kind")]) && !"image/webp".equals(type)) {
            return new Problem("content_type", "invalid");
        }
        String ending = "-" + values[table.indexOf("width")] + "." + MediaArchive.EXTENSIONS.get(type);
        if (!((String) values[table.indexOf("storage_key")]).endsWith(ending)) {
            return new Problem("storage_key", "invalid");
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
