package app.gazette.backup;

import static app.gazette.backup.Column.oneOf;
import static app.gazette.backup.Column.optional;
import static app.gazette.backup.Column.optionalText;
import static app.gazette.backup.Column.required;
import static app.gazette.backup.Column.text;
import static app.gazette.backup.ColumnType.BOOL;
import static app.gazette.backup.ColumnType.INT;
import static app.gazette.backup.ColumnType.LONG;
import static app.gazette.backup.ColumnType.TIME;

import java.util.List;
import java.util.Set;

/** Gazette's backup format, version 2 (docs/backup-format.md): the tables it carries, in restore order. */
final class BackupFormat {

    static final String NAME = "gazette-backup";
    static final int VERSION = 2;
    static final String MANIFEST = "manifest.json";
    static final int MAX_MANIFEST_BYTES = 64 * 1024;
    /** The longest text a field may hold (an article body is at most 5 MB of Markdown). */
    static final int MAX_STRING_CHARS = 32 * 1024 * 1024;

    static final Table USERS = new Table(
            "users",
            List.of("id"),
            List.of(
                    required("id", LONG),
                    text("username", 64),
                    optionalText("email", 254),
                    text("display_name", 100),
                    oneOf("role", "ADMIN", "EDITOR"),
                    required("enabled", BOOL),
                    required("created_at", TIME)),
            1000,
            true);

    static final Table LABELS = new Table(
            "labels", List.of("id"), List.of(required("id", LONG), text("name", 100), text("slug", 100)), 1000, true);

    static final Table ARTICLES = new Table(
            "articles",
            List.of("id"),
            List.of(
                    required("id", LONG),
                    text("slug", 200),
                    text("title", 300),
                    optionalText("excerpt", 1000),
                    text("summary", 1000),
                    text("body_markdown", 0),
                    text("body_html", 0),
                    oneOf("status", "DRAFT", "PUBLISHED", "TRASHED"),
                    optional("publish_at", TIME),
                    optional("publish_month", INT),
                    required("created_at", TIME),
                    required("updated_at", TIME),
                    required("version", LONG),
                    required("author_id", LONG),
                    optional("updated_by", LONG),
                    required("comments_open", BOOL),
                    optional("featured_media_id", LONG),
                    optionalText("featured_alt", 300),
                    optionalText("featured_caption", 1000),
                    optionalText("featured_credit", 300)),
            50,
            true);

    static final Table ARTICLE_LABELS = new Table(
            "article_labels",
            List.of("article_id", "label_id"),
            List.of(required("article_id", LONG), required("label_id", LONG)),
            1000,
            false);

    static final Table REVISIONS = new Table(
            "revisions",
            List.of("id"),
            List.of(
                    required("id", LONG),
                    required("article_id", LONG),
                    text("title", 300),
                    optionalText("excerpt", 1000),
                    text("body_markdown", 0),
                    text("labels", 2000),
                    required("author_id", LONG),
                    required("created_at", TIME)),
            50,
            true);

    static final Table SLUG_ALIASES = new Table(
            "slug_aliases",
            List.of("slug"),
            List.of(text("slug", 200), required("article_id", LONG), required("created_at", TIME)),
            1000,
            false);

    static final Table COMMENTS = new Table(
            "comments",
            List.of("id"),
            List.of(
                    required("id", LONG),
                    required("article_id", LONG),
                    optional("parent_id", LONG),
                    text("author_name", 100),
                    optionalText("author_email", 254),
                    text("body", 10000),
                    oneOf("status", "PENDING", "APPROVED", "SPAM"),
                    required("staff", BOOL),
                    required("created_at", TIME),
                    optionalText("ip", 45),
                    optionalText("user_agent", 500),
                    optional("user_id", LONG)),
            500,
            true);

    /** Old addresses of imported articles (version 2). */
    static final Table OLD_LINKS = new Table(
            "old_links", List.of("path"), List.of(text("path", 500), required("article_id", LONG)), 1000, false);

    /** What imports made of each source item, so that importing again skips it (version 2). */
    static final Table IMPORTED_ITEMS = new Table(
            "imported_items",
            List.of("format", "kind", "source_key"),
            List.of(
                    oneOf("format", "BLOGGER", "WORDPRESS"),
                    oneOf("kind", "POST", "COMMENT"),
                    text("source_key", 500),
                    optional("article_id", LONG),
                    optional("comment_id", LONG)),
            1000,
            false);

    static final Table SITE_SETTINGS = new Table(
            "site_settings",
            List.of("id"),
            List.of(
                    required("id", INT),
                    text("site_title", 100),
                    text("tagline", 200),
                    required("page_size", INT),
                    text("date_header_pattern", 50),
                    oneOf("moderation", "FIRST_TIME", "ALL", "NONE"),
                    required("close_comments_after_days", INT),
                    text("banned_words", 10000),
                    required("version", LONG),
                    required("updated_at", TIME)),
            1,
            false);

    /** In the order a restore inserts them: every table after the ones it refers to. */
    static final List<Table> TABLES = List.of(
            USERS,
            LABELS,
            ARTICLES,
            ARTICLE_LABELS,
            REVISIONS,
            SLUG_ALIASES,
            OLD_LINKS,
            COMMENTS,
            IMPORTED_ITEMS,
            SITE_SETTINGS);

    /** Tables added in version 2: a version 1 backup has no file for them and restores them empty. */
    private static final Set<Table> SINCE_VERSION_2 = Set.of(OLD_LINKS, IMPORTED_ITEMS);

    /** Whether a backup of this format version has the table's file. */
    static boolean carries(int formatVersion, Table table) {
        return formatVersion >= 2 || !SINCE_VERSION_2.contains(table);
    }

    /** Personal data of commenters, exported only when the admin asks for it. */
    static final Set<String> COMMENTER_PERSONAL_DATA = Set.of("ip", "user_agent");

    private BackupFormat() {}
}
