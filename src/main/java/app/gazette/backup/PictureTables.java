package app.gazette.backup;

import static app.gazette.backup.Column.filled;
import static app.gazette.backup.Column.oneOf;
import static app.gazette.backup.Column.optional;
import static app.gazette.backup.Column.range;
import static app.gazette.backup.Column.required;
import static app.gazette.backup.Column.size;
import static app.gazette.backup.Column.text;
import static app.gazette.backup.ColumnType.BOOL;
import static app.gazette.backup.ColumnType.LONG;
import static app.gazette.backup.ColumnType.TIME;
import static app.gazette.backup.TextRule.HASH;
import static app.gazette.backup.TextRule.LINE;
import static app.gazette.backup.TextRule.MEDIA_KEY;
import static app.gazette.backup.TextRule.TEXT;

import app.gazette.media.MediaArchive;
import java.util.List;

/** The media library's tables in the backup (format version 3); BackupFormat lists them in restore order. */
final class PictureTables {

    /** The longest edge of a stored picture any image format allows. */
    static final int MAX_EDGE = 65_535;

    private static final String[] CONTENT_TYPES =
            MediaArchive.EXTENSIONS.keySet().stream().sorted().toArray(String[]::new);

    /** The media library's pictures (version 3); their files are in the zip under {@link #MEDIA_FOLDER}. */
    static final Table MEDIA = new Table(
            "media",
            List.of("id"),
            List.of(
                    required("id", LONG),
                    filled("file_name", 255, LINE),
                    text("alt", 250, LINE),
                    text("caption", 500, TEXT),
                    text("credit", 200, LINE),
                    range("width", 1, MAX_EDGE),
                    range("height", 1, MAX_EDGE),
                    size("bytes", MediaArchive.MAX_FILE_BYTES),
                    oneOf("content_type", CONTENT_TYPES),
                    required("animated", BOOL),
                    optional("uploader_id", LONG),
                    required("uploaded_at", TIME),
                    filled("content_hash", 64, HASH)),
            500,
            true);

    /** Each picture's stored files: master, derivatives, WebP (version 3). */
    static final Table MEDIA_FILES = new Table(
            "media_files",
            List.of("media_id", "storage_key"),
            List.of(
                    required("media_id", LONG),
                    filled("storage_key", 512, MEDIA_KEY),
                    oneOf("kind", "MASTER", "SIZE", "WEBP"),
                    range("width", 1, MAX_EDGE),
                    range("height", 1, MAX_EDGE),
                    oneOf("content_type", CONTENT_TYPES),
                    size("bytes", MediaArchive.MAX_FILE_BYTES)),
            500,
            false);

    /** Which article shows which picture (version 3). */
    static final Table MEDIA_USAGES = new Table(
            "media_usages",
            List.of("media_id", "article_id"),
            List.of(required("media_id", LONG), required("article_id", LONG), filled("article_title", 300, LINE)),
            1000,
            false);

    static final List<Table> ALL = List.of(MEDIA, MEDIA_FILES, MEDIA_USAGES);

    private PictureTables() {}
}
