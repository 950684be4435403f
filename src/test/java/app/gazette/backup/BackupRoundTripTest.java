package app.gazette.backup;

import static app.gazette.backup.TestSite.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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

    @TempDir
    Path dir;

    TestSite site;

    @BeforeEach
    void site() {
        site = new TestSite(jdbc);
        site.build("hash-of-the-old-admin-password");
    }

    @AfterEach
    void leaveNothing() {
        new TestSite(jdbc).clear();
    }

    @Test
    void aRestoredBackupIsTheSiteItWasTakenFrom() throws IOException {
        var before = TableSnapshot.of(jdbc, PASSWORDS);
        Path backup = export(true);

        site.firstStart("hash-of-the-new-admin-password");
        long version = contentVersion();
        RestoreSummary summary = backups.restore(backup, ADMIN, false);

        assertThat(TableSnapshot.of(jdbc, PASSWORDS)).isEqualTo(before);
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
    void aVersionOneBackupRestoresWithNoOldLinksOrImportRecords() throws IOException {
        Path backup = export(true);
        Map<String, byte[]> entries = new LinkedHashMap<>(TestZips.entries(Files.readAllBytes(backup)));
        entries.remove("old_links.jsonl");
        entries.remove("imported_items.jsonl");
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("\"formatVersion\":2", "\"formatVersion\":1")
                .replaceAll(",\"(old_links|imported_items)\":\\d+", "");
        entries.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        Files.write(backup, TestZips.zip(entries));
        site.firstStart("hash");

        RestoreSummary summary = backups.restore(backup, ADMIN, false);

        assertThat(summary.articles()).isEqualTo(40);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM old_links", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM imported_items", Long.class))
                .isZero();
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
