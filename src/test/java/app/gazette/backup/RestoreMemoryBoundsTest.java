package app.gazette.backup;

import static app.gazette.backup.TestSite.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.gazette.media.store.MediaStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * "A 939 KB backup (16 rows × 30 M characters) exhausts the heap on restore": each text is bounded
 * while it is read, so a small zip that unpacks to huge strings is refused naming its table, row and
 * column, and nothing is restored. With the production limit on what a backup may unpack to (2 GB).
 */
@BackupSliceTest
@TestPropertySource(properties = "gazette.backup.max-unpacked-size=2GB")
class RestoreMemoryBoundsTest {

    static final int HUGE = 30_000_000;

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
        new TestSite(jdbc, store).firstStart("hash");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        backups.export(out, true);
        sound = TestZips.entries(out.toByteArray());
        before = TableSnapshot.of(jdbc, Set.of());
    }

    @AfterEach
    void leaveNothing() {
        new TestSite(jdbc, store).clear();
    }

    @Test
    void sixteenArticlesOf30MillionCharactersAreRefusedNamingTableRowAndColumn() throws IOException {
        String row = new String(sound.get("articles.jsonl"), StandardCharsets.UTF_8).strip();
        String[] around = row.split("\"body_markdown\":\"Hello\"");
        Path zip = bomb("articles.jsonl", 16, around[0] + "\"body_markdown\":\"", "\"" + around[1]);
        assertThat(Files.size(zip)).isLessThan(1024 * 1024);

        BackupRefused refused = catchThrowableOfType(BackupRefused.class, () -> backups.restore(zip, ADMIN, true));

        assertThat(refused.code()).isEqualTo("backup.error.field.tooLong");
        assertThat(refused.args()).containsExactly("articles.jsonl", 1, "body_markdown", "id 1");
        assertThat(TableSnapshot.of(jdbc, Set.of())).as("nothing restored").isEqualTo(before);
    }

    @Test
    void aNameOf30MillionCharactersIsRefusedBeforeItIsReadWhole() throws IOException {
        String row = new String(sound.get("users.jsonl"), StandardCharsets.UTF_8).strip();
        String[] around = row.split("\"display_name\":\"admin\"");
        Path zip = bomb("users.jsonl", 1, around[0] + "\"display_name\":\"", "\"" + around[1]);
        long allocated = allocated();

        BackupRefused refused = catchThrowableOfType(BackupRefused.class, () -> backups.restore(zip, ADMIN, true));

        assertThat(allocated() - allocated).as("bytes allocated restoring it").isLessThan(32L * 1024 * 1024);
        assertThat(refused.code()).isEqualTo("backup.error.field.tooLong");
        assertThat(refused.args()).containsExactly("users.jsonl", 1, "display_name", "id 1");
        assertThat(TableSnapshot.of(jdbc, Set.of())).as("nothing restored").isEqualTo(before);
    }

    @Test
    void aPictureFileOf45MegabytesStreamsThroughExportAndRestore() throws IOException {
        TestSite site = new TestSite(jdbc, store);
        site.build("hash", 5);
        long size = 45L * 1024 * 1024;
        String key = jdbc.queryForObject(
                "SELECT storage_key FROM media_files WHERE kind = 'SIZE' AND content_type = 'image/jpeg'",
                String.class);
        jdbc.update("UPDATE media_files SET bytes = ? WHERE storage_key = ?", size, key);
        store.put(key, jpegOf(size), size, "image/jpeg");
        Map<String, String> files = site.pictures().files();
        Path zip = dir.resolve("pictures.zip");

        long beforeExport = allocated();
        try (OutputStream out = Files.newOutputStream(zip)) {
            backups.export(out, true);
        }
        long export = allocated() - beforeExport;
        site.firstStart("hash");
        long beforeRestore = allocated();
        backups.restore(zip, ADMIN, true);
        long restore = allocated() - beforeRestore;

        assertThat(site.pictures().files()).isEqualTo(files);
        assertThat(export).as("bytes allocated exporting").isLessThan(16L * 1024 * 1024);
        assertThat(restore).as("bytes allocated restoring").isLessThan(32L * 1024 * 1024);
    }

    /** A JPEG's first bytes, then zeros: {@code size} bytes, made as they are read. */
    private static InputStream jpegOf(long size) {
        InputStream zeros = new InputStream() {
            long left = size - 3;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(
                new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}), zeros);
    }

    /** The sound backup with this file's rows each made of prefix, 30 M characters and suffix, zipped as it is written. */
    private Path bomb(String file, int rows, String prefix, String suffix) throws IOException {
        Path zip = dir.resolve("bomb.zip");
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> entry : sound.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getKey().equals(file)) {
                    for (int row = 0; row < rows; row++) {
                        out.write(prefix.replaceFirst("\"id\":1,", "\"id\":" + (row + 1) + ",")
                                .getBytes(StandardCharsets.UTF_8));
                        write(out, chunk, HUGE);
                        out.write((suffix + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                } else if (entry.getKey().equals("manifest.json")) {
                    String manifest = new String(entry.getValue(), StandardCharsets.UTF_8);
                    String table = file.replace(".jsonl", "");
                    out.write(manifest.replaceFirst("\"" + table + "\":\\d+", "\"" + table + "\":" + rows)
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(entry.getValue());
                }
                out.closeEntry();
            }
        }
        return zip;
    }

    private static void write(OutputStream out, byte[] chunk, int length) throws IOException {
        for (int left = length; left > 0; left -= chunk.length) {
            out.write(chunk, 0, Math.min(left, chunk.length));
        }
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
