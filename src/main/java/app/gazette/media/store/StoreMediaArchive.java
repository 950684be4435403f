package app.gazette.media.store;

import app.gazette.media.MediaArchive;
import app.gazette.media.MediaArchive.MediaFileRefused.Reason;
import app.gazette.media.image.ImageFormat;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link MediaArchive} on the configured {@link MediaStore}. A restored file is checked before it is
 * stored (key, name, size, first bytes) and while it streams into the store (its exact length, a
 * master's SHA-256); a file that fails once stored is deleted again.
 */
@Component
public class StoreMediaArchive implements MediaArchive {

    private static final int HASH_IN_NAME = 12;

    private final MediaStore store;

    public StoreMediaArchive(MediaStore store) {
        this.store = store;
    }

    @Override
    public boolean exists(String key) {
        return store.exists(key);
    }

    @Override
    public Optional<InputStream> open(String key) throws IOException {
        Optional<StoredMedia> stored = store.open(key);
        return stored.isEmpty() ? Optional.empty() : Optional.of(stored.get().stream());
    }

    @Override
    public void restoreFile(String key, ArchivedFile file, InputStream content) {
        if (!MediaKeys.isValid(key)) {
            throw new MediaFileRefused(Reason.NOT_A_KEY);
        }
        if (file.bytes() > MAX_FILE_BYTES) {
            throw new MediaFileRefused(Reason.TOO_LARGE);
        }
        ImageFormat format = format(file.contentType());
        String name = key.substring(key.lastIndexOf('/') + 1);
        String hash = file.pictureHash();
        if (hash.length() < HASH_IN_NAME
                || !name.startsWith(hash.substring(0, HASH_IN_NAME) + "-")
                || !name.endsWith("-" + file.width() + "." + format.extension())) {
            throw new MediaFileRefused(Reason.UNEXPECTED_NAME);
        }
        try {
            BufferedInputStream buffered = new BufferedInputStream(content, ImageFormat.SNIFF_LENGTH);
            buffered.mark(ImageFormat.SNIFF_LENGTH);
            byte[] head = buffered.readNBytes(ImageFormat.SNIFF_LENGTH);
            buffered.reset();
            if (ImageFormat.sniff(head).orElse(null) != format) {
                throw new MediaFileRefused(Reason.NOT_AN_IMAGE);
            }
            DigestInputStream digesting = new DigestInputStream(new Exactly(buffered, file.bytes()), sha256());
            store.put(key, digesting, file.bytes(), file.contentType());
            String digest =
                    HexFormat.of().formatHex(digesting.getMessageDigest().digest());
            if (file.master() && !digest.equals(hash)) {
                store.delete(key);
                throw new MediaFileRefused(Reason.WRONG_HASH);
            }
        } catch (IOException e) {
            throw new MediaStoreException("could not read " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }

    private static ImageFormat format(String contentType) {
        for (ImageFormat format : ImageFormat.values()) {
            if (format.contentType().equals(contentType)) {
                return format;
            }
        }
        throw new MediaFileRefused(Reason.NOT_AN_IMAGE);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses the file as soon as it proves longer or shorter than its row says. */
    private static final class Exactly extends FilterInputStream {

        private long left;

        Exactly(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, Math.max(left, 1)));
            if (n < 0 ? left > 0 : n > left) {
                throw new MediaFileRefused(Reason.WRONG_SIZE);
            }
            left -= Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            int chunk = (int) Math.min(Math.max(n, 0), 8192);
            return Math.max(read(new byte[chunk], 0, chunk), 0);
        }
    }
}
