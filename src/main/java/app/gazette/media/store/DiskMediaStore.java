package app.gazette.media.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Media as files under one folder (by default {@code ./data/media}), each at its key's path, so the
 * folder can be copied or served as it is. The content type and a SHA-256 ETag of each file are kept
 * beside it in {@code .meta/<key>}; files are written to {@code .tmp/} first and moved into place,
 * so a reader sees the old file or the new one, never part of one.
 */
public class DiskMediaStore implements MediaStore {

    private static final String META = ".meta";
    private static final String TEMP = ".tmp";

    private final Path root;

    public DiskMediaStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, Path file, String contentType) {
        try (InputStream in = Files.newInputStream(file)) {
            put(key, in, Files.size(file), contentType);
        } catch (IOException e) {
            throw new MediaStoreException("could not read " + file, e);
        }
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType) {
        Path target = file(key);
        String type = MediaKeys.requireContentType(contentType);
        Path data = null;
        Path meta = null;
        try {
            Path temp = Files.createDirectories(root.resolve(TEMP));
            data = Files.createTempFile(temp, "data", null);
            DigestInputStream digesting = new DigestInputStream(new LimitedInputStream(content, length + 1), sha256());
            long copied;
            try (OutputStream out = Files.newOutputStream(data)) {
                copied = digesting.transferTo(out);
            }
            if (copied != length) {
                throw new IOException("expected " + length + " bytes, got " + copied);
            }
            Properties properties = new Properties();
            properties.setProperty("content-type", type);
            properties.setProperty(
                    "etag",
                    "\"" + HexFormat.of().formatHex(digesting.getMessageDigest().digest()) + "\"");
            meta = Files.createTempFile(temp, "meta", null);
            try (OutputStream out = Files.newOutputStream(meta)) {
                properties.store(out, null);
            }
            moveIntoPlace(meta, metaFile(key));
            moveIntoPlace(data, target);
        } catch (IOException e) {
            throw new MediaStoreException("could not store " + key, e);
        } finally {
            deleteQuietly(data);
            deleteQuietly(meta);
        }
    }

    @Override
    public Optional<StoredMedia> open(String key) {
        Path file = file(key);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            Properties meta = readMeta(key);
            Instant modified = attributes.lastModifiedTime().toInstant();
            String etag = meta.getProperty(
                    "etag",
                    "\"" + Long.toHexString(modified.toEpochMilli()) + "-" + Long.toHexString(attributes.size())
                            + "\"");
            return Optional.of(new DiskFile(
                    key,
                    file,
                    attributes.size(),
                    meta.getProperty("content-type", "application/octet-stream"),
                    etag,
                    modified));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new MediaStoreException("could not open " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(file(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
            Files.deleteIfExists(metaFile(key));
        } catch (IOException e) {
            throw new MediaStoreException("could not delete " + key, e);
        }
    }

    @Override
    public Stream<String> keys() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.walk(root)
                    .filter(Files::isRegularFile)
                    .map(file -> root.relativize(file)
                            .toString()
                            .replace(file.getFileSystem().getSeparator(), "/"))
                    .filter(MediaKeys::isValid);
        } catch (IOException e) {
            throw new MediaStoreException("could not list " + root, e);
        }
    }

    /** The key's file, inside the root whatever the key (keys are checked first, this is the second line). */
    private Path file(String key) {
        Path file = root.resolve(MediaKeys.requireValid(key)).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
        return file;
    }

    private Path metaFile(String key) {
        return root.resolve(META).resolve(MediaKeys.requireValid(key));
    }

    private Properties readMeta(String key) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(metaFile(key))) {
            properties.load(in);
        } catch (NoSuchFileException copiedInByHand) {
            // a file put there without the store: served as bytes, its ETag from time and size
        }
        return properties;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left in .tmp harms nothing
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record DiskFile(String key, Path file, long length, String contentType, String etag, Instant lastModified)
            implements StoredMedia {

        @Override
        public InputStream stream(long start, long length) throws IOException {
            LimitedInputStream.checkRange(start, length, this.length);
            SeekableByteChannel channel = Files.newByteChannel(file);
            try {
                channel.position(start);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return new LimitedInputStream(Channels.newInputStream(channel), length);
        }
    }
}
