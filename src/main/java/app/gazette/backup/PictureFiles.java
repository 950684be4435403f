package app.gazette.backup;

import static app.gazette.backup.BackupFormat.MEDIA_FOLDER;
import static app.gazette.backup.PictureTables.MEDIA_FILES;

import app.gazette.media.MediaArchive;
import app.gazette.media.MediaArchive.ArchivedFile;
import app.gazette.media.MediaArchive.MediaFileRefused;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stored files of pictures in a backup, under media/ by their keys, a page of media_files rows
 * at a time and each file streamed, so memory holds neither a file nor the list of them. A restore
 * stores, before its transaction commits, each file its rows name that the store lacks, checked by
 * the media library against its row; a file the store already has is kept (a key names its
 * content). Unreferenced files in the zip are ignored. Files of the replaced site stay in the store.
 */
final class PictureFiles {

    private static final Logger log = LoggerFactory.getLogger(PictureFiles.class);
    private static final int PAGE = 200;

    private final JdbcTemplate jdbc;
    private final MediaArchive media;
    private boolean storing;

    PictureFiles(JdbcTemplate jdbc, MediaArchive media) {
        this.jdbc = jdbc;
        this.media = media;
    }

    /** Writes every file media_files names; one the store has lost is left out with a warning. */
    void export(ZipOutputStream zip) throws IOException {
        zip.setLevel(Deflater.NO_COMPRESSION); // pictures are compressed already
        String last = "";
        for (List<String> keys = keysAfter(last); !keys.isEmpty(); keys = keysAfter(last)) {
            for (String key : keys) {
                Optional<InputStream> file = media.open(key);
                if (file.isEmpty()) {
                    log.warn("Backup without {}: the media store has no such file", key);
                    continue;
                }
                zip.putNextEntry(new ZipEntry(MEDIA_FOLDER + key));
                try (InputStream in = file.get()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            last = keys.get(keys.size() - 1);
        }
    }

    /**
     * Stores the files of the restored media_files rows (inside the restore's transaction).
     *
     * @throws BackupRefused naming the file the backup and the store both lack, or that is not what its row says
     */
    void restore(BackupArchive archive) {
        storing = true;
        String last = "";
        while (true) {
            List<Named> page = jdbc.query(
                    "SELECT f.storage_key, f.kind, f.width, f.content_type, f.bytes, m.content_hash "
                            + "FROM media_files f JOIN media m ON m.id = f.media_id WHERE f.storage_key > ? "
                            + "ORDER BY f.storage_key LIMIT " + PAGE,
                    (row, n) -> new Named(
                            row.getString(1),
                            new ArchivedFile(
                                    row.getString(4),
                                    row.getInt(3),
                                    row.getLong(5),
                                    row.getString(6),
                                    "MASTER".equals(row.getString(2)))),
                    last);
            page.forEach(named -> restore(archive, named.key(), named.file()));
            if (page.size() < PAGE) {
                return;
            }
            last = page.get(page.size() - 1).key();
        }
    }

    private void restore(BackupArchive archive, String key, ArchivedFile file) {
        if (media.exists(key)) {
            return;
        }
        InputStream content = archive.openMedia(key)
                .orElseThrow(() -> new BackupRefused("backup.error.media.missing", MEDIA_FOLDER + key));
        try (InputStream in = content) {
            media.restoreFile(key, file, in);
        } catch (MediaFileRefused e) {
            throw new BackupRefused("backup.error.media." + code(e.reason()), MEDIA_FOLDER + key);
        } catch (BackupRefused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            log.error("Could not store {} of a restore", key, e);
            throw new BackupRefused("backup.error.failed");
        }
    }

    /**
     * After a refused or failed restore (its rows rolled back): deletes the files it may have stored,
     * the backup's keys the site does not use. A no-op unless the restore got to its files.
     */
    void removeUnused(BackupArchive archive) {
        if (!storing) {
            return;
        }
        int key = MEDIA_FILES.indexOf("storage_key");
        List<String> batch = new ArrayList<>(PAGE);
        try (InputStream in = archive.openAgain(MEDIA_FILES)) {
            RowReader.read(in, MEDIA_FILES, values -> {
                batch.add((String) values[key]);
                if (batch.size() == PAGE) {
                    deleteUnused(batch);
                }
            });
            deleteUnused(batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteUnused(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>(jdbc.queryForList(
                "SELECT storage_key FROM media_files WHERE storage_key IN ("
                        + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")",
                String.class,
                keys.toArray()));
        keys.stream().filter(k -> !used.contains(k)).forEach(media::delete);
        keys.clear();
    }

    private List<String> keysAfter(String last) {
        return jdbc.queryForList(
                "SELECT storage_key FROM media_files WHERE storage_key > ? ORDER BY storage_key LIMIT " + PAGE,
                String.class,
                last);
    }

    /** A file as a restored media_files row names it. */
    private record Named(String key, ArchivedFile file) {}

    private static String code(MediaFileRefused.Reason reason) {
        return switch (reason) {
            case NOT_A_KEY -> "notAKey";
            case UNEXPECTED_NAME -> "unexpectedName";
            case TOO_LARGE -> "tooLarge";
            case WRONG_SIZE -> "wrongSize";
            case NOT_AN_IMAGE -> "notAnImage";
            case WRONG_HASH -> "wrongHash";
        };
    }
}
