package app.gazette.media.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link MediaStore} does, run against the disk store and against a real S3 API. */
abstract class MediaStoreContract {

    static final String KEY = "2026/12/3fa9c0de12ab-harbour-640.jpg";
    static final byte[] PHOTO = bytes(200_000, 1);

    @TempDir
    Path temp;

    MediaStore store;

    /** A store holding nothing yet. */
    abstract MediaStore emptyStore() throws Exception;

    @BeforeEach
    void freshStore() throws Exception {
        store = emptyStore();
    }

    @Test
    void aStoredFileOpensWithItsLengthContentTypeAndBytes() throws Exception {
        Instant before = Instant.now();
        store.put(KEY, file(PHOTO), "image/jpeg");

        StoredMedia media = store.open(KEY).orElseThrow();

        assertThat(media.key()).isEqualTo(KEY);
        assertThat(media.length()).isEqualTo(PHOTO.length);
        assertThat(media.contentType()).isEqualTo("image/jpeg");
        assertThat(media.lastModified())
                .isBetween(before.minusSeconds(2), Instant.now().plusSeconds(2));
        assertThat(read(media.stream())).isEqualTo(PHOTO);
        assertThat(store.exists(KEY)).isTrue();
    }

    @Test
    void bytesFromAStreamOfKnownLengthAreStoredLikeAFile() throws Exception {
        byte[] png = bytes(70_000, 2);
        store.put("logo/site-logo.png", new ByteArrayInputStream(png), png.length, "image/png");

        StoredMedia media = store.open("logo/site-logo.png").orElseThrow();

        assertThat(media.contentType()).isEqualTo("image/png");
        assertThat(read(media.stream())).isEqualTo(png);
    }

    @Test
    void aStreamShorterThanItsStatedLengthIsRefusedAndStoresNothing() {
        assertThatThrownBy(() -> store.put(KEY, new ByteArrayInputStream(PHOTO), PHOTO.length + 10L, "image/jpeg"))
                .isInstanceOf(MediaStoreException.class);

        assertThat(store.exists(KEY)).isFalse();
    }

    @Test
    void aStreamLongerThanItsStatedLengthIsRefusedAndStoresNothing() {
        assertThatThrownBy(() -> store.put(KEY, new ByteArrayInputStream(PHOTO), PHOTO.length - 10L, "image/jpeg"))
                .isInstanceOf(MediaStoreException.class);

        assertThat(store.exists(KEY)).isFalse();
    }

    @Test
    void aRangeReadsOnlyItsBytes() throws Exception {
        store.put(KEY, file(PHOTO), "image/jpeg");
        StoredMedia media = store.open(KEY).orElseThrow();

        assertThat(read(media.stream(0, 1))).containsExactly(PHOTO[0]);
        assertThat(read(media.stream(1000, 5000))).isEqualTo(Arrays.copyOfRange(PHOTO, 1000, 6000));
        assertThat(read(media.stream(PHOTO.length - 1, 1))).containsExactly(PHOTO[PHOTO.length - 1]);
        assertThat(read(media.stream(0, PHOTO.length))).isEqualTo(PHOTO);
        assertThat(read(media.stream(PHOTO.length, 0))).isEmpty();
    }

    @Test
    void aRangeOutsideTheObjectIsRefused() throws Exception {
        store.put(KEY, file(PHOTO), "image/jpeg");
        StoredMedia media = store.open(KEY).orElseThrow();

        assertThatThrownBy(() -> media.stream(PHOTO.length, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> media.stream(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> media.stream(0, PHOTO.length + 1L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingKeyOpensEmptyAndDoesNotExist() {
        assertThat(store.open(KEY)).isEmpty();
        assertThat(store.exists(KEY)).isFalse();
    }

    @Test
    void deletingRemovesTheObjectAndDeletingAgainDoesNothing() throws Exception {
        store.put(KEY, file(PHOTO), "image/jpeg");

        store.delete(KEY);
        store.delete(KEY);

        assertThat(store.open(KEY)).isEmpty();
        assertThat(store.exists(KEY)).isFalse();
    }

    @Test
    void keysListsEveryStoredObjectAndNothingElse() throws Exception {
        store.put("2026/11/aa-one-320.jpg", file(bytes(10, 3)), "image/jpeg");
        store.put("2026/12/bb-two-320.png", file(bytes(10, 4)), "image/png");
        store.put("logo.gif", file(bytes(10, 5)), "image/gif");
        store.put("2026/12/cc-gone-320.jpg", file(bytes(10, 6)), "image/jpeg");
        store.delete("2026/12/cc-gone-320.jpg");

        try (Stream<String> keys = store.keys()) {
            assertThat(keys).containsExactlyInAnyOrder("2026/11/aa-one-320.jpg", "2026/12/bb-two-320.png", "logo.gif");
        }
    }

    @Test
    void puttingAKeyAgainReplacesItsBytesTypeAndEtag() throws Exception {
        store.put(KEY, file(PHOTO), "image/jpeg");
        String first = store.open(KEY).orElseThrow().etag();
        byte[] other = bytes(1234, 7);

        store.put(KEY, file(other), "image/webp");

        StoredMedia media = store.open(KEY).orElseThrow();
        assertThat(read(media.stream())).isEqualTo(other);
        assertThat(media.contentType()).isEqualTo("image/webp");
        assertThat(media.etag()).isNotEqualTo(first);
    }

    @Test
    void theEtagIsStrongAndFollowsTheBytes() throws Exception {
        store.put("a-1.jpg", file(PHOTO), "image/jpeg");
        store.put("b-1.jpg", file(PHOTO), "image/jpeg");
        store.put("c-1.jpg", file(bytes(PHOTO.length, 8)), "image/jpeg");

        String a = store.open("a-1.jpg").orElseThrow().etag();

        assertThat(a).startsWith("\"").endsWith("\"").hasSizeGreaterThan(2);
        assertThat(store.open("b-1.jpg").orElseThrow().etag()).isEqualTo(a);
        assertThat(store.open("c-1.jpg").orElseThrow().etag()).isNotEqualTo(a);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "../etc/passwd",
                "2026/../../x.jpg",
                "/2026/12/a.jpg",
                "2026//a.jpg",
                "2026/12/",
                "a..b.jpg",
                "Photo.JPG",
                ".meta/a.jpg",
                "2026/.hidden.jpg",
                "a b.jpg",
                "a\\b.jpg",
                "a%2fb.jpg",
                "caf\u00e9.jpg",
                "a\nb.jpg"
            })
    void invalidKeysAreRefusedByEveryOperation(String key) throws Exception {
        Path file = file(PHOTO);

        assertThatThrownBy(() -> store.put(key, file, "image/jpeg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(PHOTO), PHOTO.length, "image/jpeg"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
        try (Stream<String> keys = store.keys()) {
            assertThat(keys).isEmpty();
        }
    }

    @Test
    void aKeyOverTheLengthLimitIsRefused() {
        String key = "a".repeat(MediaKeys.MAX_LENGTH - 4) + ".jpg";
        assertThat(MediaKeys.isValid(key)).isTrue();

        assertThatThrownBy(() -> store.open("a" + key)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jpeg", "image/", "image/jpeg\r\nSet-Cookie: a=b"})
    void anInvalidContentTypeIsRefusedAndStoresNothing(String type) throws Exception {
        Path file = file(PHOTO);

        assertThatThrownBy(() -> store.put(KEY, file, type)).isInstanceOf(IllegalArgumentException.class);

        assertThat(store.exists(KEY)).isFalse();
    }

    Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(temp, "upload", ".bin"), content);
    }

    static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
