package app.gazette.backup;

import static app.gazette.backup.BackupFormat.ARTICLES;
import static app.gazette.backup.BackupFormat.COMMENTS;
import static app.gazette.backup.BackupFormat.SITE_SETTINGS;
import static app.gazette.backup.BackupFormat.USERS;

import app.gazette.article.MarkdownRenderer;
import app.gazette.article.RenderedBody;
import app.gazette.pagecache.PublicContentChanged;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replaces the site's content with a backup's, inside the caller's transaction: deletes what is
 * there, inserts every file's rows with their ids, links comments to their parents, stores the
 * pictures' files the media store lacks ({@link PictureFiles}), signs out everyone but the restoring admin, bumps the content version (every node's cached pages and
 * settings are stale) and moves the id counters past the restored ids (last, since on H2 that DDL
 * commits). Restored accounts have no password, except the restoring admin's. An article's HTML
 * and summary are never taken from the file: they are rendered again from its Markdown by the
 * editor's own renderer and sanitiser, so a tampered backup puts nothing on a page an editor could not.
 */
class SiteRestorer {

    /** Children before parents. */
    private static final List<String> WIPE_ORDER = List.of(
            "media_usages",
            "media_files",
            "media",
            "imported_items",
            "old_links",
            "comments",
            "slug_aliases",
            "article_notes",
            "revisions",
            "article_labels",
            "articles",
            "labels",
            "users",
            "site_settings");

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final MarkdownRenderer renderer;
    private final PictureFiles pictures;

    SiteRestorer(
            JdbcTemplate jdbc, ApplicationEventPublisher events, MarkdownRenderer renderer, PictureFiles pictures) {
        this.jdbc = jdbc;
        this.events = events;
        this.renderer = renderer;
        this.pictures = pictures;
    }

    /** Whether the site holds more than first start made: comments, pictures, a second article or account. */
    boolean hasContent() {
        return count("comments") > 0 || count("media") > 0 || count("articles") > 1 || count("users") > 1;
    }

    /**
     * @param replaceContent whether the admin agreed to replace a site with content
     * @throws BackupRefused if the site has content and they did not, or the backup is unsound
     */
    RestoreSummary restore(BackupArchive archive, Manifest manifest, String adminUsername, boolean replaceContent) {
        // one restore at a time, and reader comments wait on every node until this transaction ends
        jdbc.queryForList("SELECT id FROM comment_post_lock WHERE id = 1 FOR UPDATE");
        if (!replaceContent && hasContent()) {
            throw new BackupRefused("backup.error.siteHasContent");
        }
        Admin admin = jdbc
                .query(
                        "SELECT email, display_name, password_hash, created_at FROM users " + "WHERE username = ?",
                        (row, n) -> new Admin(
                                adminUsername,
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                row.getObject(4, OffsetDateTime.class)),
                        adminUsername)
                .stream()
                .findFirst()
                .orElseThrow(() -> new BackupRefused("backup.error.noAdmin"));
        WIPE_ORDER.forEach(table -> jdbc.update("DELETE FROM " + table));
        boolean adminInBackup = insertUsers(archive, manifest, admin);
        for (Table table : BackupFormat.TABLES) {
            if (table != USERS && BackupFormat.carries(manifest.formatVersion(), table)) {
                insert(archive, manifest, table);
            }
        }
        linkCommentParents(archive);
        pictures.restore(archive);
        jdbc.update("DELETE FROM spring_session WHERE principal_name IS NULL OR principal_name <> ?", adminUsername);
        Map<String, Long> counts = manifest.counts();
        events.publishEvent(new PublicContentChanged("restore"));
        events.publishEvent(new SiteRestored(adminUsername, counts.get("articles"), counts.get("users")));
        BackupFormat.TABLES.stream().filter(Table::identity).forEach(this::restartIdentity);
        return new RestoreSummary(
                counts.get("users"),
                counts.get("articles"),
                counts.get("comments"),
                counts.get("labels"),
                manifest.exportedAt(),
                adminInBackup);
    }

    /** Restored accounts get no password; the restoring admin keeps theirs, their role and access. */
    private boolean insertUsers(BackupArchive archive, Manifest manifest, Admin admin) {
        List<ColumnType> types =
                new ArrayList<>(USERS.columns().stream().map(Column::type).toList());
        types.add(ColumnType.TEXT);
        String sql = "INSERT INTO users (" + USERS.columnList() + ", password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        BatchInsert insert = new BatchInsert(jdbc, sql, types, USERS.pageSize());
        int username = USERS.indexOf("username");
        boolean[] found = {false};
        read(
                archive,
                manifest,
                USERS,
                values -> {
                    Object[] row = Arrays.copyOf(values, values.length + 1);
                    if (admin.username().equals(values[username])) {
                        found[0] = true;
                        row[USERS.indexOf("role")] = "ADMIN";
                        row[USERS.indexOf("enabled")] = true;
                        row[values.length] = admin.passwordHash();
                    }
                    insert.row(row);
                },
                insert);
        if (!found[0]) {
            long id = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM users", Long.class);
            boolean emailTaken = admin.email() != null && count("users WHERE email = ?", admin.email()) > 0;
            jdbc.update(
                    "INSERT INTO users (id, username, email, display_name, password_hash, role, enabled, "
                            + "created_at) VALUES (?, ?, ?, ?, ?, 'ADMIN', TRUE, ?)",
                    id,
                    admin.username(),
                    emailTaken ? null : admin.email(),
                    admin.displayName(),
                    admin.passwordHash(),
                    admin.createdAt());
        }
        return found[0];
    }

    /** Comments go in without parents first: a reply may come before the comment it answers. */
    private void insert(BackupArchive archive, Manifest manifest, Table table) {
        BatchInsert insert = BatchInsert.into(jdbc, table);
        int parent = table == COMMENTS ? table.indexOf("parent_id") : -1;
        long rows = read(
                archive,
                manifest,
                table,
                values -> {
                    if (parent >= 0) {
                        values[parent] = null;
                    }
                    if (table == ARTICLES) {
                        render(values);
                    }
                    insert.row(values);
                },
                insert);
        if (table == SITE_SETTINGS && rows != 1) {
            throw new BackupRefused("backup.error.settings");
        }
    }

    /** The HTML and summary an editor's save would give this Markdown, excerpt and featured picture. */
    private void render(Object[] values) {
        RenderedBody body = renderer.render(
                (String) values[ARTICLES.indexOf("body_markdown")],
                values[ARTICLES.indexOf("featured_media_id")] != null);
        String excerpt = (String) values[ARTICLES.indexOf("excerpt")];
        values[ARTICLES.indexOf("body_html")] = body.html();
        values[ARTICLES.indexOf("summary")] = excerpt != null && !excerpt.isBlank() ? excerpt : body.firstParagraph();
    }

    private void linkCommentParents(BackupArchive archive) {
        int id = COMMENTS.indexOf("id");
        int parent = COMMENTS.indexOf("parent_id");
        BatchInsert update = new BatchInsert(
                jdbc,
                "UPDATE comments SET parent_id = ? WHERE id = ?",
                List.of(ColumnType.LONG, ColumnType.LONG),
                COMMENTS.pageSize());
        try (InputStream in = archive.openAgain(COMMENTS)) {
            RowReader.read(in, COMMENTS, values -> {
                if (values[parent] != null) {
                    update.row(new Object[] {values[parent], values[id]});
                }
            });
            update.flush();
        } catch (DataAccessException e) {
            throw new BackupRefused("backup.error.database", COMMENTS.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file into the database; refuses it if its rows differ from the manifest's count. */
    private long read(BackupArchive archive, Manifest manifest, Table table, RowReader.Rows rows, BatchInsert insert) {
        try (InputStream in = archive.open(table)) {
            long count = RowReader.read(in, table, rows);
            insert.flush();
            long expected = manifest.counts().get(table.name());
            if (count != expected) {
                throw new BackupRefused("backup.error.count", table.file(), expected, count);
            }
            return count;
        } catch (DataAccessException e) {
            throw new BackupRefused("backup.error.database", table.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void restartIdentity(Table table) {
        long next = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table.name(), Long.class);
        jdbc.execute("ALTER TABLE " + table.name() + " ALTER COLUMN id RESTART WITH " + next);
    }

    private long count(String from, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + from, Long.class, args);
    }

    private record Admin(
            String username, String email, String displayName, String passwordHash, OffsetDateTime createdAt) {}
}
