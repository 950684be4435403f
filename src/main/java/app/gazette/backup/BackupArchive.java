package app.gazette.backup;

import app.gazette.media.MediaArchive;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup zip opened for reading, entry by entry, with every byte counted: the entries together
 * (tables and pictures' files) may unpack to at most {@code maxBytes} (whatever sizes the zip
 * claims), the manifest to 64 KB.
 */
final class BackupArchive implements Closeable {

    private final ZipFile zip;
    private final long maxBytes;
    private long read;

    private BackupArchive(ZipFile zip, long maxBytes) {
        this.zip = zip;
        this.maxBytes = maxBytes;
    }

    /** @throws BackupRefused if the file is not a zip */
    static BackupArchive open(Path file, long maxBytes) {
        try {
            return new BackupArchive(new ZipFile(file.toFile()), maxBytes);
        } catch (ZipException e) {
            throw new BackupRefused("backup.error.notZip");
        } catch (IOException e) {
            throw new BackupRefused("backup.error.unreadable");
        }
    }

    Manifest manifest(JsonMapper mapper) {
        ZipEntry entry = zip.getEntry(BackupFormat.MANIFEST);
        if (entry == null || entry.isDirectory()) {
            throw new BackupRefused("backup.error.noManifest");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(BackupFormat.MAX_MANIFEST_BYTES + 1);
            if (bytes.length > BackupFormat.MAX_MANIFEST_BYTES) {
                throw new BackupRefused("backup.error.manifest");
            }
            return Manifest.read(bytes, mapper);
        } catch (IOException e) {
            throw new BackupRefused("backup.error.unreadable");
        }
    }

    /**
     * Refuses at once a zip whose entries claim to unpack to more than the limit, or that has an
     * entry under media/ whose name is no media key (such as {@code media/../../x}).
     */
    void checkEntries() {
        long declared = 0;
        for (Table table : BackupFormat.TABLES) {
            ZipEntry entry = zip.getEntry(table.file());
            declared += entry == null ? 0 : Math.max(0, entry.getSize());
        }
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.startsWith(BackupFormat.MEDIA_FOLDER) && !name.equals(BackupFormat.MEDIA_FOLDER)) {
                if (entry.isDirectory() || !MediaArchive.isKey(name.substring(BackupFormat.MEDIA_FOLDER.length()))) {
                    throw new BackupRefused("backup.error.media.name", RowReader.shown(name));
                }
                declared += Math.max(0, entry.getSize());
            }
        }
        if (declared > maxBytes) {
            throw tooLarge();
        }
    }

    /** The table's file; reading past the limit throws BackupRefused. */
    InputStream open(Table table) {
        ZipEntry entry = zip.getEntry(table.file());
        if (entry == null || entry.isDirectory()) {
            throw new BackupRefused("backup.error.missingFile", table.file());
        }
        try {
            return new Counted(zip.getInputStream(entry));
        } catch (IOException e) {
            throw new BackupRefused("backup.error.unreadable");
        }
    }

    /** The stored file of a picture under media/, counted like a table's file; empty when the zip has none. */
    Optional<InputStream> openMedia(String key) {
        ZipEntry entry = zip.getEntry(BackupFormat.MEDIA_FOLDER + key);
        if (entry == null || entry.isDirectory()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Counted(zip.getInputStream(entry)));
        } catch (IOException e) {
            throw new BackupRefused("backup.error.unreadable");
        }
    }

    /** The table's file once more, uncounted: only after {@link #open} has read it whole within the limit. */
    InputStream openAgain(Table table) throws IOException {
        return zip.getInputStream(zip.getEntry(table.file()));
    }

    private BackupRefused tooLarge() {
        return new BackupRefused("backup.error.tooLarge", maxBytes / (1024 * 1024));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private final class Counted extends FilterInputStream {
        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge();
            }
        }
    }
}
