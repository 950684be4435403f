package app.gazette.backup;

import static app.gazette.backup.Column.derived;
import static app.gazette.backup.Column.filled;
import static app.gazette.backup.Column.oneOf;
import static app.gazette.backup.Column.optional;
import static app.gazette.backup.Column.optionalOneOf;
import static app.gazette.backup.Column.optionalText;
import static app.gazette.backup.Column.range;
import static app.gazette.backup.Column.required;
import static app.gazette.backup.Column.text;
import static app.gazette.backup.ColumnType.BOOL;
import static app.gazette.backup.ColumnType.INT;
import static app.gazette.backup.ColumnType.LONG;
import static app.gazette.backup.ColumnType.TIME;
import static app.gazette.backup.TextRule.ANY;
import static app.gazette.backup.TextRule.DATE_PATTERN;
import static app.gazette.backup.TextRule.EMAIL;
import static app.gazette.backup.TextRule.IP;
import static app.gazette.backup.TextRule.LINE;
import static app.gazette.backup.TextRule.LOGIN;
import static app.gazette.backup.TextRule.PATH;
import static app.gazette.backup.TextRule.SLUG;
import static app.gazette.backup.TextRule.TEXT;

import app.gazette.article.MarkdownRenderer;
import app.gazette.site.SettingsService;
import java.util.List;
import java.util.Set;

/**
 * Gazette's backup format, version 4 (docs/backup-format.md): the tables it carries, in restore order,
 * each column with the rules the editor and the forms apply (RowRules adds those across columns).
 */
final class BackupFormat {

    static final String NAME = "gazette-backup";
    static final int VERSION = 4;
    static final String MANIFEST = "manifest.json";
    static final int MAX_MANIFEST_BYTES = 64 * 1024;
    /** The folder of the zip that holds the stored files of pictures, each under its media key. */
    static final String MEDIA_FOLDER = "media/";
    /** The longest Markdown body: what imports keep (the editor takes less). */
    static final int MAX_BODY = MarkdownRenderer.MAX_MARKDOWN;

    static final Table USERS = new Table(
            "users",
            List.of("id"),
            List.of(
                    required("id", LONG),
                    filled("username", 64, LOGIN),
                    optionalText("email", 254, EMAIL),
                    filled("display_name", 100, LINE),
                    oneOf("role", "ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"),
                    required("enabled", BOOL),
                    required("created_at", TIME)),
            1000,
            true);

    static final Table LABELS = new Table(
            "labels",
            List.of("id"),
            List.of(required("id", LONG), filled("name", 100, LINE), filled("slug", 100, LINE)),
            1000,
            true);

    static final Table ARTICLES = new Table(
            "articles",
            List.of("id"),
            List.of(
                    required("id", LONG),
                    filled("slug", 200, SLUG),
                    filled("title", 300, LINE),
                    optionalText("excerpt", 1000, TEXT),
                    derived("summary"),
                    filled("body_markdown", MAX_BODY, TEXT),
                    derived("body_html"),
                    oneOf("status", "DRAFT", "REVIEW", "PUBLISHED", "TRASHED"),
                    optional("publish_at", TIME),
                    optional("publish_month", INT),
                    required("created_at", TIME),
                    required("updated_at", TIME),
                    required("version", LONG),
                    required("author_id", LONG),
                    optional("updated_by", LONG),
                    required("comments_open", BOOL),
                    optional("featured_media_id", LONG),
                    optionalText("featured_alt", 300, LINE),
                    optionalText("featured_caption", 1000, TEXT),
                    optionalText("featured_credit", 300, LINE),
                    optional("noted_at", TIME),
                    optional("lead_since", TIME),
                    optional("lead_until", TIME),
                    optional("featured_at", TIME)),
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
                    filled("title", 300, LINE),
                    optionalText("excerpt", 1000, TEXT),
                    filled("body_markdown", MAX_BODY, TEXT),
                    text("labels", 2000, LINE),
                    required("author_id", LONG),
                    required("created_at", TIME),
                    optionalOneOf(
                            "action",
                            "SAVED",
                            "SUBMITTED",
                            "RETURNED",
                            "APPROVED",
                            "PUBLISHED",
                            "SCHEDULED",
                            "UNPUBLISHED",
                            "RESTORED"),
                    optionalText("note", 2000, TEXT)),
            50,
            true);

    /** Corrections and updates of published articles (version 4). */
    static final Table ARTICLE_NOTES = new Table(
            "article_notes",
            List.of("id"),
            List.of(
                    required("id", LONG),
                    required("article_id", LONG),
                    oneOf("kind", "CORRECTION", "UPDATE"),
                    filled("note", 500, TEXT),
                    required("created_at", TIME),
                    required("created_by", LONG)),
            1000,
            true);

    static final Table SLUG_ALIASES = new Table(
            "slug_aliases",
            List.of("slug"),
            List.of(filled("slug", 200, SLUG), required("article_id", LONG), required("created_at", TIME)),
            1000,
            false);

    static final Table COMMENTS = new Table(
            "comments",
            List.of("id"),
            List.of(
                    required("id", LONG),
                    required("article_id", LONG),
                    optional("parent_id", LONG),
                    filled("author_name", 100, LINE),
                    optionalText("author_email", 254, EMAIL),
                    filled("body", 10000, TEXT),
                    oneOf("status", "PENDING", "APPROVED", "SPAM"),
                    required("staff", BOOL),
                    required("created_at", TIME),
                    optionalText("ip", 45, IP),
                    optionalText("user_agent", 500, LINE),
                    optional("user_id", LONG)),
            500,
            true);

    /** Old addresses of imported articles (version 2). */
    static final Table OLD_LINKS = new Table(
            "old_links",
            List.of("path"),
            List.of(filled("path", 500, PATH), required("article_id", LONG)),
            1000,
            false);

    /** What imports made of each source item, so that importing again skips it (version 2). */
    static final Table IMPORTED_ITEMS = new Table(
            "imported_items",
            List.of("format", "kind", "source_key"),
            List.of(
                    oneOf("format", "BLOGGER", "WORDPRESS"),
                    oneOf("kind", "POST", "COMMENT"),
                    filled("source_key", 500, ANY),
                    optional("article_id", LONG),
                    optional("comment_id", LONG)),
            1000,
            false);

    static final Table SITE_SETTINGS = new Table(
            "site_settings",
            List.of("id"),
            List.of(
                    range("id", 1, 1),
                    filled("site_title", 100, LINE),
                    text("tagline", 200, LINE),
                    range("page_size", 1, SettingsService.MAX_PAGE_SIZE),
                    filled("date_header_pattern", 50, DATE_PATTERN),
                    oneOf("moderation", "FIRST_TIME", "ALL", "NONE"),
                    range("close_comments_after_days", 0, SettingsService.MAX_CLOSE_DAYS),
                    text("banned_words", SettingsService.MAX_BANNED_WORDS_LENGTH, TEXT),
                    optional("logo_media_id", LONG),
                    optionalText("sections", SettingsService.MAX_SECTIONS_LENGTH, TEXT),
                    required("version", LONG),
                    required("updated_at", TIME)),
            1,
            false);

    /** In the order a restore inserts them: every table after the ones it refers to. */
    static final List<Table> TABLES = List.of(
            USERS,
            LABELS,
            PictureTables.MEDIA,
            PictureTables.MEDIA_FILES,
            ARTICLES,
            PictureTables.MEDIA_USAGES,
            ARTICLE_LABELS,
            REVISIONS,
            ARTICLE_NOTES,
            SLUG_ALIASES,
            OLD_LINKS,
            COMMENTS,
            IMPORTED_ITEMS,
            SITE_SETTINGS);

    /** Tables added in version 2: a version 1 backup has no file for them and restores them empty. */
    private static final Set<Table> SINCE_VERSION_2 = Set.of(OLD_LINKS, IMPORTED_ITEMS);

    /** Whether a backup of this format version has the table's file (pictures since 3, notes since 4). */
    static boolean carries(int formatVersion, Table table) {
        if (table == ARTICLE_NOTES) {
            return formatVersion >= 4;
        }
        if (PictureTables.ALL.contains(table)) {
            return formatVersion >= 3;
        }
        return formatVersion >= 2 || !SINCE_VERSION_2.contains(table);
    }

    /** Personal data of commenters, exported only when the admin asks for it. */
    static final Set<String> COMMENTER_PERSONAL_DATA = Set.of("ip", "user_agent");

    private BackupFormat() {}
}
