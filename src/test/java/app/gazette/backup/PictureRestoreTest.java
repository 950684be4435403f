package app.gazette.backup;

import static app.gazette.backup.BackupRefusalTest.replace;
import static app.gazette.backup.TestSite.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.gazette.media.store.MediaStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Pictures' files in a backup restored on a new server (an empty media store): each file is held to
 * its row, and a backup with one file that is not is refused naming it, with no row and no file restored.
 */
@BackupSliceTest
class PictureRestoreTest {

    @Autowired
    BackupService backups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaStore store;

    @TempDir
    Path dir;

    TestSite site;
    Map<String, byte[]> sound;
    Object before;

    @BeforeEach
    void backupOfASiteWithPictures() throws IOException {
        site = new TestSite(jdbc, store);
        site.build("hash", 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        backups.export(out, true);
        sound = TestZips.entries(out.toByteArray());
        site.firstStart("hash");
        before = TableSnapshot.of(jdbc, Set.of());
    }

    @AfterEach
    void leaveNothing() {
        site.clear();
    }

    record Case(String name, String code, String file, UnaryOperator<Map<String, byte[]>> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> unsoundFiles() {
        return List.of(
                new Case("file missing", "backup.error.media.missing", "-24.jpg", entries -> {
                    entries.remove(entry(entries, "-24.jpg"));
                    return entries;
                }),
                new Case("master not the picture's bytes", "backup.error.media.wrongHash", "-48.jpg", entries -> {
                    byte[] master = entries.get(entry(entries, "-48.jpg")).clone();
                    master[master.length / 2] ^= 0x55;
                    entries.put(entry(entries, "-48.jpg"), master);
                    return entries;
                }),
                new Case("file longer than its row says", "backup.error.media.wrongSize", "-24.jpg", entries -> {
                    byte[] file = entries.get(entry(entries, "-24.jpg"));
                    entries.put(entry(entries, "-24.jpg"), Arrays.copyOf(file, file.length + 1));
                    return entries;
                }),
                new Case("file shorter than its row says", "backup.error.media.wrongSize", "-16.png", entries -> {
                    byte[] file = entries.get(entry(entries, "-16.png"));
                    entries.put(entry(entries, "-16.png"), Arrays.copyOf(file, file.length - 1));
                    return entries;
                }),
                new Case("not an image", "backup.error.media.notAnImage", "-24.webp", entries -> {
                    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                            .getBytes(StandardCharsets.US_ASCII);
                    entries.put(entry(entries, "-24.webp"), Arrays.copyOf(svg, 300));
                    return entries;
                }),
                new Case("a PNG where the row says JPEG", "backup.error.media.notAnImage", "-24.jpg", entries -> {
                    byte[] png = entries.get(entry(entries, "-16.png"));
                    byte[] file = entries.get(entry(entries, "-24.jpg")).clone();
                    System.arraycopy(png, 0, file, 0, 16);
                    entries.put(entry(entries, "-24.jpg"), file);
                    return entries;
                }),
                new Case("a name outside media/", "backup.error.media.name", "media/../../x", entries -> {
                    entries.put("media/../../x", TestPictures.webp(300));
                    return entries;
                }),
                new Case("an absolute name", "backup.error.media.name", "media//etc/passwd", entries -> {
                    entries.put("media//etc/passwd", TestPictures.webp(300));
                    return entries;
                }));
    }

    @ParameterizedTest
    @MethodSource("unsoundFiles")
    void aFileThatIsNotWhatItsRowSaysIsRefusedNamingItAndNothingIsRestored(Case unsound) throws IOException {
        Map<String, byte[]> entries = unsound.change().apply(new LinkedHashMap<>(sound));
        String file = unsound.file().startsWith("media/") ? unsound.file() : entry(sound, unsound.file());

        BackupRefused refused = refusal(entries);

        assertThat(refused.code()).isEqualTo(unsound.code());
        assertThat(refused.args()).containsExactly(file);
        assertThat(BackupRefusalTest.MESSAGES.containsKey(refused.code())).isTrue();
        assertThat(TableSnapshot.of(jdbc, Set.of())).as("no row restored").isEqualTo(before);
        assertThat(site.pictures().files()).as("no file restored").isEmpty();
    }

    static List<Case> unsoundRows() {
        return List.of(
                new Case(
                        "key that leaves the store",
                        "backup.error.field.invalid",
                        "storage_key",
                        entries -> replaceKey(entries, "-24.webp", "../../x-24.webp")),
                new Case(
                        "absolute key",
                        "backup.error.field.invalid",
                        "storage_key",
                        entries -> replaceKey(entries, "-24.webp", "/etc/x-24.webp")),
                new Case(
                        "name not of its width",
                        "backup.error.field.invalid",
                        "storage_key",
                        replace("media_files.jsonl", "\"width\":24,", "\"width\":25,")),
                new Case(
                        "file over twice the upload limit",
                        "backup.error.field.outOfRange",
                        "bytes",
                        change("media_files.jsonl", "(\"content_type\":\"image/png\",\"bytes\":)\\d+", "$152428801")),
                new Case(
                        "SVG",
                        "backup.error.field.unknownValue",
                        "content_type",
                        replace("media.jsonl", "\"content_type\":\"image/png\"", "\"content_type\":\"image/svg\"")),
                new Case(
                        "hash not SHA-256",
                        "backup.error.field.invalid",
                        "content_hash",
                        change("media.jsonl", "\"content_hash\":\"[0-9a-f]", "\"content_hash\":\"G")));
    }

    @ParameterizedTest
    @MethodSource("unsoundRows")
    void aRowOfPicturesTheLibraryWouldNotMakeIsRefused(Case unsound) throws IOException {
        BackupRefused refused = refusal(unsound.change().apply(new LinkedHashMap<>(sound)));

        assertThat(refused.code()).isEqualTo(unsound.code());
        assertThat(refused.args()[2]).isEqualTo(unsound.file());
        assertThat(TableSnapshot.of(jdbc, Set.of())).isEqualTo(before);
        assertThat(site.pictures().files()).isEmpty();
    }

    @Test
    void aFileTheStoreAlreadyHasNeedNotBeInTheBackupAndFilesNoRowNamesAreIgnored() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(sound);
        String kept = entry(entries, "-48.jpg");
        byte[] master = entries.remove(kept);
        store.put(
                kept.substring("media/".length()),
                new java.io.ByteArrayInputStream(master),
                master.length,
                "image/jpeg");
        entries.put("media/2019/02/unused-1.png", entries.get(entry(entries, "-16.png")));

        backups.restore(Files.write(dir.resolve("backup.zip"), TestZips.zip(entries)), ADMIN, true);

        assertThat(site.pictures().files()).hasSize(4).doesNotContainKey("2019/02/unused-1.png");
    }

    private static UnaryOperator<Map<String, byte[]>> change(String file, String regex, String replacement) {
        return entries -> {
            String text = new String(entries.get(file), StandardCharsets.UTF_8);
            assertThat(text).containsPattern(regex);
            entries.put(file, TestZips.text(text.replaceFirst(regex, replacement)));
            return entries;
        };
    }

    private BackupRefused refusal(Map<String, byte[]> entries) throws IOException {
        Path file = Files.write(dir.resolve("tampered.zip"), TestZips.zip(entries));
        return catchThrowableOfType(BackupRefused.class, () -> backups.restore(file, ADMIN, true));
    }

    /** The zip entry of the picture's file whose name ends so. */
    static String entry(Map<String, byte[]> entries, String ending) {
        return entries.keySet().stream()
                .filter(name -> name.startsWith("media/") && name.endsWith(ending))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, byte[]> replaceKey(Map<String, byte[]> entries, String ending, String key) {
        String old = entry(entries, ending).substring("media/".length());
        entries.put(key, entries.remove("media/" + old));
        return replace("media_files.jsonl", "\"" + old + "\"", "\"" + key + "\"")
                .apply(entries);
    }
}
