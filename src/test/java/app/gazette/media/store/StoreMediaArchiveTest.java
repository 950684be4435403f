package app.gazette.media.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.gazette.media.MediaArchive;
import app.gazette.media.MediaArchive.ArchivedFile;
import app.gazette.media.MediaArchive.MediaFileRefused;
import app.gazette.media.MediaArchive.MediaFileRefused.Reason;
import app.gazette.media.image.TestImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restored file is stored only when it is what its row says; otherwise nothing is left under its key. */
class StoreMediaArchiveTest {

    @TempDir
    Path temp;

    DiskMediaStore store;
    MediaArchive archive;
    byte[] jpeg;
    String hash;
    String key;

    @BeforeEach
    void archive() throws Exception {
        store = new DiskMediaStore(temp);
        archive = new StoreMediaArchive(store);
        jpeg = TestImages.jpeg(64, 48);
        hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg));
        key = "2026/12/" + hash.substring(0, 12) + "-harbour-64.jpg";
    }

    @Test
    void aMasterAsItsRowSaysIsStoredByteForByte() throws IOException {
        archive.restoreFile(key, master(jpeg.length), new ByteArrayInputStream(jpeg));

        try (InputStream in = archive.open(key).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(jpeg);
        }
    }

    @Test
    void aFileOfOtherBytesThanItsPicturesHashIsRefusedAndRemoved() {
        byte[] other = jpeg.clone();
        other[other.length / 2] ^= 1;

        assertRefused(key, master(jpeg.length), other, Reason.WRONG_HASH);
    }

    @Test
    void aFileLongerOrShorterThanItsRowIsRefused() {
        assertRefused(key, master(jpeg.length), Arrays.copyOf(jpeg, jpeg.length + 1), Reason.WRONG_SIZE);
        assertRefused(key, master(jpeg.length), Arrays.copyOf(jpeg, jpeg.length - 1), Reason.WRONG_SIZE);
    }

    @Test
    void bytesOfAnotherFormatThanTheRowsAreRefused() {
        byte[] html = Arrays.copyOf("<html><script>".getBytes(), 64);
        assertRefused(key, master(64), html, Reason.NOT_AN_IMAGE);
        assertRefused(
                key.replace(".jpg", ".png"),
                new ArchivedFile("image/svg+xml", 64, jpeg.length, hash, false),
                jpeg,
                Reason.NOT_AN_IMAGE);
    }

    @Test
    void keysNotNamedForTheirPictureOrOutsideTheStoreAreRefused() {
        assertRefused("../../x-64.jpg", master(jpeg.length), jpeg, Reason.NOT_A_KEY);
        assertRefused(key.replace("-64.jpg", "-65.jpg"), master(jpeg.length), jpeg, Reason.UNEXPECTED_NAME);
        assertRefused("2026/12/000000000000-harbour-64.jpg", master(jpeg.length), jpeg, Reason.UNEXPECTED_NAME);
        assertRefused(key, master(MediaArchive.MAX_FILE_BYTES + 1), jpeg, Reason.TOO_LARGE);
    }

    private ArchivedFile master(long bytes) {
        return new ArchivedFile("image/jpeg", 64, bytes, hash, true);
    }

    private void assertRefused(String key, ArchivedFile file, byte[] content, Reason reason) {
        MediaFileRefused refused = catchThrowableOfType(
                MediaFileRefused.class, () -> archive.restoreFile(key, file, new ByteArrayInputStream(content)));

        assertThat(refused).as(reason.name()).isNotNull();
        assertThat(refused.reason()).isEqualTo(reason);
        if (MediaArchive.isKey(key)) {
            assertThat(store.exists(key)).as("nothing left under " + key).isFalse();
        }
    }
}
