package app.gazette.media.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The disk store: the contract, plus files at their keys' paths and nothing half-written. */
class DiskMediaStoreTest extends MediaStoreContract {

    Path root;

    @Override
    MediaStore emptyStore() {
        root = temp.resolve("media");
        return new DiskMediaStore(root);
    }

    @Test
    void eachFileLiesAtItsKeysPathAndNoTemporaryFileIsLeft() throws Exception {
        store.put(KEY, file(PHOTO), "image/jpeg");

        assertThat(root.resolve(KEY)).hasBinaryContent(PHOTO);
        try (Stream<Path> temporary = Files.list(root.resolve(".tmp"))) {
            assertThat(temporary).isEmpty();
        }
    }

    @Test
    void aFolderThatDoesNotExistYetHoldsNothingAndIsNotCreatedByReading() {
        assertThat(store.open(KEY)).isEmpty();
        try (Stream<String> keys = store.keys()) {
            assertThat(keys).isEmpty();
        }
        assertThat(root).doesNotExist();
    }

    @Test
    void aFileCopiedInByHandIsServedAsBytesWithAnEtagOfItsTimeAndSize() throws Exception {
        Files.createDirectories(root.resolve("2026/12"));
        Files.write(root.resolve(KEY), PHOTO);

        StoredMedia media = store.open(KEY).orElseThrow();

        assertThat(media.contentType()).isEqualTo("application/octet-stream");
        assertThat(media.etag()).matches("\"[0-9a-f]+-" + Long.toHexString(PHOTO.length) + "\"");
        assertThat(read(media.stream())).isEqualTo(PHOTO);
    }

    @Test
    void theStoresOwnFoldersAreNotKeys() throws Exception {
        store.put(KEY, file(PHOTO), "image/jpeg");
        Files.writeString(root.resolve(".tmp").resolve("left-over"), "x");

        try (Stream<String> keys = store.keys()) {
            assertThat(keys).containsExactly(KEY);
        }
    }
}
