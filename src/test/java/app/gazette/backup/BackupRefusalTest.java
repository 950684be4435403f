package app.gazette.backup;

import static app.gazette.backup.TestSite.ADMIN;
import static app.gazette.backup.TestZips.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.gazette.media.store.MediaStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Files that are not a sound backup are refused with a message, and the site stays exactly as it was. */
@BackupSliceTest
class BackupRefusalTest {

    static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n/admin-backup");

    @Autowired
    BackupService backups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaStore store;

    @TempDir
    Path dir;

    Map<String, byte[]> sound;
    Object before;

    @BeforeEach
    void siteAndItsBackup() throws IOException {
        new TestSite(jdbc, store).build("hash-of-the-admin-password", 60);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        backups.export(out, true);
        sound = TestZips.entries(out.toByteArray());
        before = TableSnapshot.of(jdbc, Set.of());
    }

    @AfterEach
    void leaveNothing() {
        new TestSite(jdbc, store).clear();
    }

    record Case(String name, String code, UnaryOperator<Map<String, byte[]>> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> unsoundBackups() {
        return List.of(
                new Case("no manifest", "backup.error.noManifest", with("manifest.json", null)),
                new Case("manifest not JSON", "backup.error.manifest", with("manifest.json", "{\"format\": ")),
                new Case(
                        "manifest of a WordPress export",
                        "backup.error.otherFormat",
                        with("manifest.json", "{\"format\": \"wxr\", \"formatVersion\": 1}")),
                new Case("manifest without counts", "backup.error.manifest", manifest("\"counts\"", "\"tally\"")),
                new Case(
                        "newer format",
                        "backup.error.newerFormat",
                        manifest("\"formatVersion\":4", "\"formatVersion\":5")),
                new Case("newer schema", "backup.error.newerSchema", entries -> {
                    String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
                    entries.put(
                            "manifest.json",
                            text(manifest.replaceFirst("\"schemaVersion\":\"\\d+\"", "\"schemaVersion\":\"999\"")));
                    return entries;
                }),
                new Case("file missing", "backup.error.missingFile", with("revisions.jsonl", null)),
                new Case("malformed JSON", "backup.error.malformed", append("articles.jsonl", "{\"id\": 99,")),
                new Case("a line that is no object", "backup.error.notARow", append("labels.jsonl", "[1, 2]\n")),
                new Case("unknown field", "backup.error.unknownField", replace("labels.jsonl", "\"name\"", "\"nom\"")),
                new Case("field twice", "backup.error.field.twice", replace("labels.jsonl", "\"slug\"", "\"name\"")),
                new Case(
                        "text for a number",
                        "backup.error.field.wrongType",
                        replace("article_labels.jsonl", "\"label_id\":", "\"label_id\":\"x\",\"y\":")),
                new Case(
                        "nested object",
                        "backup.error.field.wrongType",
                        replace("labels.jsonl", "\"name\":", "\"name\":{\"a\":1},\"x\":")),
                new Case(
                        "required field missing",
                        "backup.error.field.missing",
                        replace("users.jsonl", "\"display_name\":\"admin\",", "")),
                new Case(
                        "status unknown",
                        "backup.error.field.unknownValue",
                        replace("comments.jsonl", "\"status\":\"SPAM\"", "\"status\":\"DELETED\"")),
                new Case(
                        "text too long",
                        "backup.error.field.tooLong",
                        replace(
                                "users.jsonl",
                                "\"display_name\":\"admin\"",
                                "\"display_name\":\"" + "l".repeat(101) + "\"")),
                new Case(
                        "bad time",
                        "backup.error.field.wrongType",
                        replace("users.jsonl", "\"created_at\":\"2019", "\"created_at\":\"yesterday")),
                new Case(
                        "row count differs",
                        "backup.error.count",
                        append(
                                "slug_aliases.jsonl",
                                "{\"slug\":\"extra\",\"article_id\":2,\"created_at\":\"2019-02-09T10:15:00Z\"}\n")),
                new Case("no settings", "backup.error.count", with("site_settings.jsonl", "")),
                new Case(
                        "author missing",
                        "backup.error.database",
                        replace("articles.jsonl", "\"author_id\":2,", "\"author_id\":999,")),
                new Case("same id twice", "backup.error.database", replace("labels.jsonl", "\"id\":3,", "\"id\":2,")),
                new Case(
                        "parent comment missing",
                        "backup.error.database",
                        replace("comments.jsonl", "\"parent_id\":2,", "\"parent_id\":99999,")));
    }

    @ParameterizedTest
    @MethodSource("unsoundBackups")
    void anUnsoundBackupIsRefusedAndTheSiteStaysAsItWas(Case unsound) throws IOException {
        byte[] zip = TestZips.zip(unsound.change().apply(new java.util.LinkedHashMap<>(sound)));

        assertRefused(zip, unsound.code());
    }

    @Test
    void aRefusalNamesTheFileTheLineTheRowAndTheField() throws IOException {
        byte[] zip = TestZips.zip(replace("users.jsonl", "\"username\":\"gone\"", "\"username\":7")
                .apply(sound));
        Path file = Files.write(dir.resolve("upload.zip"), zip);

        BackupRefused refused = catchThrowableOfType(BackupRefused.class, () -> backups.restore(file, ADMIN, true));

        assertThat(refused.code()).isEqualTo("backup.error.field.wrongType");
        assertThat(refused.args()).containsExactly("users.jsonl", 3, "username", "id 3");
    }

    @Test
    void filesThatAreNoZipAreRefused() throws IOException {
        assertRefused(new byte[0], "backup.error.notZip");
        assertRefused(text("<?xml version=\"1.0\"?><rss><channel/></rss>"), "backup.error.notZip");
        byte[] cut = TestZips.zip(sound);
        assertRefused(java.util.Arrays.copyOf(cut, cut.length / 2), "backup.error.notZip");
    }

    @Test
    void zipBombsAreRefusedWhateverSizeTheyClaim() throws IOException {
        Map<String, byte[]> bomb = new java.util.LinkedHashMap<>(sound);
        bomb.put("comments.jsonl", new byte[10 * 1024 * 1024]);
        java.util.Arrays.fill(bomb.get("comments.jsonl"), (byte) ' ');
        byte[] zip = TestZips.zip(bomb);
        assertThat(zip.length).isLessThan(100_000);

        assertRefused(zip, "backup.error.tooLarge");
        assertRefused(TestZips.understating(zip, "comments.jsonl"), "backup.error.tooLarge");
        assertRefused(TestZips.zip(with("manifest.json", " ".repeat(100_000)).apply(sound)), "backup.error.manifest");
    }

    @Test
    void aSiteWithContentIsReplacedOnlyWhenTheAdminSaysSo() throws IOException {
        byte[] zip = TestZips.zip(sound);

        assertRefused(zip, "backup.error.siteHasContent", false);
        assertThat(backups.siteHasContent()).isTrue();
    }

    private void assertRefused(byte[] zip, String code) throws IOException {
        assertRefused(zip, code, true);
    }

    private void assertRefused(byte[] zip, String code, boolean replace) throws IOException {
        Path file = Files.write(dir.resolve("upload.zip"), zip);

        BackupRefused refused = catchThrowableOfType(BackupRefused.class, () -> backups.restore(file, ADMIN, replace));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.code()).isEqualTo(code);
        assertThat(MESSAGES.containsKey(code)).as("message for " + code).isTrue();
        assertThat(TableSnapshot.of(jdbc, Set.of())).isEqualTo(before);
    }

    static UnaryOperator<Map<String, byte[]>> with(String file, String content) {
        return entries -> {
            if (content == null) {
                entries.remove(file);
            } else {
                entries.put(file, text(content));
            }
            return entries;
        };
    }

    static UnaryOperator<Map<String, byte[]>> replace(String file, String from, String to) {
        return entries -> {
            String text = new String(entries.get(file), StandardCharsets.UTF_8);
            assertThat(text).contains(from);
            entries.put(
                    file,
                    text(text.replaceFirst(
                            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))));
            return entries;
        };
    }

    static UnaryOperator<Map<String, byte[]>> append(String file, String more) {
        return entries -> {
            entries.put(file, text(new String(entries.get(file), StandardCharsets.UTF_8) + more));
            return entries;
        };
    }

    static UnaryOperator<Map<String, byte[]>> manifest(String from, String to) {
        return replace("manifest.json", from, to);
    }
}
