package app.gazette.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Bounds a string value while Jackson reads it: a value of at most n characters takes at most 6n
 * bytes in JSON (an escape is 6 bytes), so once the parser asks for more bytes than that since the
 * value began, the value is refused before it fills the memory. Jackson holds at most that plus its
 * 8 KB buffer of a value; the exact length is checked on the value read.
 */
final class ValueGuard extends FilterInputStream {

    private static final int BYTES_PER_CHAR = 6;

    private long position;
    private long limit = Long.MAX_VALUE;
    private Supplier<BackupRefused> refusal;

    ValueGuard(InputStream in) {
        super(in);
    }

    /** From the value starting at this byte offset, at most maxChars characters (and its quotes). */
    void watch(long start, int maxChars, Supplier<BackupRefused> refusal) {
        this.limit = start + (long) BYTES_PER_CHAR * maxChars + 2;
        this.refusal = refusal;
    }

    void release() {
        limit = Long.MAX_VALUE;
        refusal = null;
    }

    @Override
    public int read() throws IOException {
        check();
        int b = super.read();
        position += b < 0 ? 0 : 1;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        check();
        int n = super.read(buffer, offset, length);
        position += Math.max(n, 0);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        check();
        long skipped = super.skip(n);
        position += skipped;
        return skipped;
    }

    private void check() {
        if (position > limit) {
            throw refusal.get();
        }
    }
}
