package app.gazette.media;

import app.gazette.media.image.ImageFormat;
import app.gazette.media.image.ImageLimits;
import app.gazette.media.store.MediaKeys;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stored files of pictures as a backup carries them: read for an export, and written back one
 * by one on a restore, each held to what the library itself would have stored
 * ({@link #restoreFile}). Works the same on every media store.
 */
public interface MediaArchive {

    /** Largest stored file a backup may carry: twice the largest upload (an animated GIF is kept whole). */
    long MAX_FILE_BYTES = 2 * ImageLimits.MAX_BYTES;

    /** The content types of the files the library stores, each with its file name extension. */
    Map<String, String> EXTENSIONS = Arrays.stream(ImageFormat.values())
            .collect(Collectors.toUnmodifiableMap(ImageFormat::contentType, ImageFormat::extension));

    /** Whether this is a media key (no path traversal, no absolute path, lower-case segments). */
    static boolean isKey(String key) {
        return MediaKeys.isValid(key);
    }

    boolean exists(String key);

    /** The stored file's bytes (the caller closes the stream), or empty when the store has none. */
    Optional<InputStream> open(String key) throws IOException;

    /**
     * Stores the file under its key after checking it against its row: a valid key named as the
     * library names files (the picture's hash, the width, the extension of the content type), at
     * most {@link #MAX_FILE_BYTES}, exactly the row's size, bytes of the row's image format, and for
     * a master the picture's SHA-256. The stream is read once and never held whole.
     *
     * @throws MediaFileRefused if the file is not what its row says; nothing is left under the key
     */
    void restoreFile(String key, ArchivedFile file, InputStream content);

    /** Removes a file a refused restore wrote; nothing happens when there is none. */
    void delete(String key);

    /** What a picture's row says of one of its files. */
    record ArchivedFile(String contentType, int width, long bytes, String pictureHash, boolean master) {}

    /** How the file refused by {@link #restoreFile} differs from its row. */
    final class MediaFileRefused extends RuntimeException {

        /** Why: each reason has its message suffix. */
        public enum Reason {
            NOT_A_KEY,
            UNEXPECTED_NAME,
            TOO_LARGE,
            WRONG_SIZE,
            NOT_AN_IMAGE,
            WRONG_HASH
        }

        private final Reason reason;

        public MediaFileRefused(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
