package app.gazette.media.store;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * One stored object as it was when opened: its size, content type and strong ETag (quoted, ready for
 * the header), and its bytes read from the store as they are needed, never held in memory whole.
 */
public interface StoredMedia {

    String key();

    long length();

    String contentType();

    String etag();

    Instant lastModified();

    /** The bytes from {@code start} on, {@code length} of them; the caller closes the stream. */
    InputStream stream(long start, long length) throws IOException;

    default InputStream stream() throws IOException {
        return stream(0, length());
    }
}
