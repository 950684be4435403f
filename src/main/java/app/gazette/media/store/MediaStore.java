package app.gazette.media.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where media files live: the data folder ({@link DiskMediaStore}) or S3-compatible object storage
 * ({@link S3MediaStore}), chosen by {@code gazette.media.store}. Objects are written whole (a reader
 * never sees half a file) and are meant to be immutable: a key names its content ({@link MediaKeys}).
 * Every method refuses an invalid key with {@link IllegalArgumentException}; a storage failure is a
 * {@link MediaStoreException}.
 */
public interface MediaStore {

    /** Stores the file's bytes under the key with this content type, replacing what was there. */
    void put(String key, Path file, String contentType);

    /** Stores the {@code length} bytes the stream holds (not closed here); fewer or more is an error. */
    void put(String key, InputStream content, long length, String contentType);

    /** The stored object, or empty when there is none under the key. */
    Optional<StoredMedia> open(String key);

    boolean exists(String key);

    /** Removes the object; nothing happens when there is none. */
    void delete(String key);

    /** Every stored key, in no particular order. Close the stream (try-with-resources). */
    Stream<String> keys();
}
