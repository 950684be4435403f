package app.gazette.backup;

import static app.gazette.backup.TestSite.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.media.store.MediaStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Export, wipe back to first start, restore: every row and column of the site comes back. */
@BackupSliceTest
class BackupRoundTripTest {

    static final Set<String> PASSWORDS = Set.of("users.password_hash");

    @Autowired
    BackupService backups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaStore store;

    @TempDir
    Path dir;

    TestSite site;

    @BeforeEach
    void site() {
        site = new TestSite(jdbc, store);
        site.build("hash-of-the-old-admin-password");
    }

    @AfterEach
    void leaveNothing() {
        new TestSite(jdbc, store).clear();
    }

    @Test
    void aRestoredBackupIsTheSiteItWasTakenFrom() throws IOException {
        var before = TableSnapshot.of(jdbc, PASSWORDS);
        Map<String, String> files = site.pictures().files();
        Path backup = export(true);

        site.firstStart("hash-of-the-new-admin-password");
        assertThat(site.pictures().files())
                .as("a new server: no pictures' files")
                .isEmpty();
        long version = contentVersion();
        RestoreSummary summary = backups.restore(backup, ADMIN, false);

        assertThat(TableSnapshot.of(jdbc, PASSWORDS)).isEqualTo(before);
        assertThat(site.pictures().files())
                .as("every file, byte for byte")
                .hasSize(4)
                .isEqualTo(files);
        assertThat(contentVersion()).as("cached pages and settings are stale").isGreaterThan(version);
        assertThat(summary.adminInBackup()).isTrue();
        assertThat(summary.articles()).isEqualTo(40);
        assertThat(summary.comments()).isEqualTo(TestSite.corpus().size());
        assertThat(summary.exportedAt()).isEqualTo(BackupSliceTest.NOW);
    }

    @Test
    void onlyTheRestoringAdminKeepsAPassword() throws IOException {
        Path backup = export(false);
        site.firstStart("hash-of-the-new-admin-password");

        backups.restore(backup, ADMIN, false);

        assertThat(jdbc.query(
                        "SELECT username, password_hash FROM users ORDER BY id",
                        (row, n) -> row.getString(1) + ":" + row.getString(2)))
                .containsExactly(
                        ADMIN + ":hash-of-the-new-admin-password",
                        "ed:null",
                        "gone:null",
                        "byline:null",
                        "deputy:null");
    }

    @Test
    void commentersAddressesAndBrowsersAreLeftOutUnlessAskedFor() throws IOException {
        var before = TableSnapshot.of(jdbc, Set.of("users.password_hash", "comments.ip", "comments.user_agent"));
        Path backup = export(false);
        site.firstStart("hash");

        backups.restore(backup, ADMIN, false);

        assertThat(TableSnapshot.of(jdbc, Set.of("users.password_hash", "comments.ip", "comments.user_agent")))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM comments WHERE ip IS NOT NULL OR user_agent IS NOT NULL", Long.class))
                .isZero();
    }

    @Test
    void newRowsAfterARestoreGetIdsAfterTheRestoredOnes() throws IOException {
        Path backup = export(true);
        site.firstStart("hash");
        backups.restore(backup, ADMIN, false);

        jdbc.update("INSERT INTO labels (name, slug) VALUES ('New', 'new')");
        jdbc.update("INSERT INTO users (username, display_name, role, enabled, created_at) "
                + "VALUES ('new', 'New', 'EDITOR', TRUE, CURRENT_TIMESTAMP)");

        assertThat(jdbc.queryForObject("SELECT id FROM labels WHERE slug = 'new'", Long.class))
                .isEqualTo(7);
        assertThat(jdbc.queryForObject("SELECT id FROM users WHERE username = 'new'", Long.class))
                .isEqualTo(6);
        long comments = jdbc.queryForObject("SELECT MAX(id) FROM comments", Long.class);
        jdbc.update("INSERT INTO comments (article_id, author_name, body, status, staff, created_at) "
                + "VALUES (2, 'New', 'New', 'PENDING', FALSE, CURRENT_TIMESTAMP)");
        assertThat(jdbc.queryForObject("SELECT id FROM comments WHERE author_name = 'New'", Long.class))
                .isEqualTo(comments + 1);
    }

    @Test
    void anAdminWhoIsNotInTheBackupIsAddedWithTheirPassword() throws IOException {
        jdbc.update("UPDATE users SET username = 'founder' WHERE username = ?", ADMIN);
        Path backup = export(true);
        site.firstStart("hash-of-the-new-admin-password");

        RestoreSummary summary = backups.restore(backup, ADMIN, false);

        assertThat(summary.adminInBackup()).isFalse();
        assertThat(jdbc.queryForMap("SELECT id, role, enabled, password_hash FROM users WHERE username = ?", ADMIN))
                .containsEntry("ID", 6L)
                .containsEntry("ROLE", "ADMIN")
                .containsEntry("ENABLED", true)
                .containsEntry("PASSWORD_HASH", "hash-of-the-new-admin-password");
        assertThat(jdbc.queryForObject("SELECT password_hash FROM users WHERE username = 'founder'", String.class))
                .isNull();
    }

    @Test
    void aVersionOneBackupRestoresWithNoOldLinksImportRecordsOrPictures() throws IOException {
        Path backup = olderVersion(
                export(true),
                1,
                "old_links",
                "imported_items",
                "media",
                "media_files",
                "media_usages",
                "article_notes");
        site.firstStart("hash");

        RestoreSummary summary = backups.restore(backup, ADMIN, false);

        assertThat(summary.articles()).isEqualTo(40);
        for (String table : List.of("old_links", "imported_items", "media", "media_files", "media_usages")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class))
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void aVersionTwoBackupRestoresWithoutPictures() throws IOException {
        Path backup = olderVersion(export(true), 2, "media", "media_files", "media_usages", "article_notes");
        site.firstStart("hash");

        backups.restore(backup, ADMIN, false);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM old_links", Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM media", Long.class))
                .isZero();
        assertThat(site.pictures().files()).isEmpty();
    }

    @Test
    void aVersionThreeBackupRestoresWithoutNotesOrFrontPageMarks() throws IOException {
        Path backup = export(true);
        Map<String, byte[]> entries = new LinkedHashMap<>(TestZips.entries(Files.readAllBytes(backup)));
        String articles = new String(entries.get("articles.jsonl"), StandardCharsets.UTF_8);
        String older = articles.replaceAll(",\"(noted_at|lead_since|lead_until|featured_at)\":(null|\"[^\"]*\")", "");
        assertThat(older).isNotEqualTo(articles).doesNotContain("noted_at");
        entries.put("articles.jsonl", older.getBytes(StandardCharsets.UTF_8));
        entries.remove("article_notes.jsonl");
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"formatVersion\":\\d+", "\"formatVersion\":3")
                .replaceAll(",?\"article_notes\":\\d+", "");
        entries.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        Files.write(backup, TestZips.zip(entries));
        site.firstStart("hash");

        RestoreSummary summary = backups.restore(backup, ADMIN, false);

        assertThat(summary.articles()).isEqualTo(40);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article_notes", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM articles WHERE noted_at IS NOT NULL OR featured_at IS NOT NULL",
                        Long.class))
                .isZero();
    }

    @Test
    void aBackupFromBeforeTheTopMenuRestoresWithoutSections() throws IOException {
        assertThat(jdbc.queryForObject("SELECT sections FROM site_settings", String.class))
                .startsWith("Gazette\n");
        Path backup = export(true);
        Map<String, byte[]> entries = new LinkedHashMap<>(TestZips.entries(Files.readAllBytes(backup)));
        String settings = new String(entries.get("site_settings.jsonl"), StandardCharsets.UTF_8);
        String older = settings.replaceFirst(",\"sections\":\"(?:[^\"\\\\]|\\\\.)*\"", "");
        assertThat(older).isNotEqualTo(settings).doesNotContain("sections");
        entries.put("site_settings.jsonl", older.getBytes(StandardCharsets.UTF_8));
        Files.write(backup, TestZips.zip(entries));
        site.firstStart("hash");

        backups.restore(backup, ADMIN, false);

        assertThat(jdbc.queryForObject("SELECT page_size FROM site_settings", Integer.class))
                .isEqualTo(7);
        assertThat(jdbc.queryForObject("SELECT sections FROM site_settings", String.class))
                .isNull();
    }

    /** The backup as an older Gazette wrote it: without these tables' files and counts, nor pictures' files. */
    static Path olderVersion(Path backup, int version, String... tables) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(TestZips.entries(Files.readAllBytes(backup)));
        entries.keySet().removeIf(name -> name.startsWith("media/"));
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"formatVersion\":\\d+", "\"formatVersion\":" + version);
        for (String table : tables) {
            entries.remove(table + ".jsonl");
            manifest = manifest.replaceAll(",?\"" + table + "\":\\d+", "");
        }
        entries.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        return Files.write(backup, TestZips.zip(entries));
    }

    long contentVersion() {
        return jdbc.queryForObject("SELECT version FROM content_version WHERE id = 1", Long.class);
    }

    Path export(boolean personalData) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        backups.export(out, personalData);
        return Files.write(dir.resolve("backup.zip"), out.toByteArray());
    }
}
