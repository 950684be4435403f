package app.gazette.media.store;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** At most {@code limit} bytes of the stream underneath, which it closes; or exactly that many. */
final class LimitedInputStream extends FilterInputStream {

    private final boolean exact;
    private long left;

    LimitedInputStream(InputStream in, long limit) {
        this(in, limit, false);
    }

    private LimitedInputStream(InputStream in, long limit, boolean exact) {
        super(in);
        this.left = limit;
        this.exact = exact;
    }

    /** Ends after {@code length} bytes; an {@link EOFException} if the stream underneath ends sooner. */
    static InputStream exactly(InputStream in, long length) {
        return new LimitedInputStream(in, length, true);
    }

    /** A range of an object of {@code total} bytes: within it, or {@link IllegalArgumentException}. */
    static void checkRange(long start, long length, long total) {
        if (start < 0 || length < 0 || start > total || length > total - start) {
            throw new IllegalArgumentException("range " + start + "+" + length + " outside 0-" + total);
        }
    }

    @Override
    public int read() throws IOException {
        if (left <= 0) {
            return -1;
        }
        int b = super.read();
        if (b >= 0) {
            left--;
        } else {
            endedEarly();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (left <= 0) {
            return length == 0 ? 0 : -1;
        }
        int read = super.read(buffer, offset, (int) Math.min(length, left));
        if (read > 0) {
            left -= read;
        } else if (read < 0) {
            endedEarly();
        }
        return read;
    }

    private void endedEarly() throws EOFException {
        if (exact) {
            throw new EOFException(left + " bytes missing");
        }
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, left));
        left -= skipped;
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(super.available(), left);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
