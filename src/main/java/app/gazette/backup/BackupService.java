package app.gazette.backup;

import app.gazette.article.MarkdownRenderer;
import app.gazette.media.MediaArchive;
import app.gazette.site.GazetteProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export and restore of the whole site (docs/backup-format.md). An export is one consistent
 * snapshot; a restore checks the manifest, then replaces the content in one transaction, so a
 * refused or failed restore leaves the site as it was (and removes the pictures' files it stored).
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate transaction;
    private final Flyway flyway;
    private final Clock clock;
    private final GazetteProperties site;
    private final BackupProperties limits;
    private final ApplicationEventPublisher events;
    private final MarkdownRenderer renderer;
    private final MediaArchive media;
    private final JsonMapper json = JsonMapper.builder().build();

    BackupService(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Flyway flyway,
            Clock clock,
            GazetteProperties site,
            BackupProperties limits,
            ApplicationEventPublisher events,
            MarkdownRenderer renderer,
            MediaArchive media) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.transaction = new TransactionTemplate(transactions);
        this.flyway = flyway;
        this.clock = clock;
        this.site = site;
        this.limits = limits;
        this.events = events;
        this.renderer = renderer;
        this.media = media;
    }

    /** gazette-backup-YYYYMMDD-HHMM.zip, in the site's time zone. */
    public String fileName() {
        return "gazette-backup-" + FILE_TIME.format(clock.instant().atZone(site.timeZone())) + ".zip";
    }

    /** Writes the whole site to out; commenters' IP addresses and browsers only if asked. */
    public void export(OutputStream out, boolean commenterPersonalData) throws IOException {
        try {
            snapshot.executeWithoutResult(status -> {
                try {
                    new BackupExporter(jdbc, new PictureFiles(jdbc, media))
                            .write(out, schemaVersion().getVersion(), clock.instant(), commenterPersonalData);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /** Whether restoring would replace more than what first start made (see SiteRestorer). */
    public boolean siteHasContent() {
        return Boolean.TRUE.equals(transaction.execute(
                status -> restorer(new PictureFiles(jdbc, media)).hasContent()));
    }

    /**
     * Replaces the site's content with the backup in this zip file.
     *
     * @param adminUsername the admin restoring it, who keeps their account and password
     * @param replaceContent whether the admin confirmed replacing a site that has content
     * @throws BackupRefused if the file is not a backup this Gazette can restore; nothing changed
     */
    public RestoreSummary restore(Path zip, String adminUsername, boolean replaceContent) {
        try (BackupArchive archive =
                BackupArchive.open(zip, limits.maxUnpackedSize().toBytes())) {
            Manifest manifest = archive.manifest(json);
            checkVersions(manifest);
            archive.checkEntries();
            PictureFiles pictures = new PictureFiles(jdbc, media);
            RestoreSummary summary = restore(
                    archive,
                    pictures,
                    () -> transaction.execute(
                            status -> restorer(pictures).restore(archive, manifest, adminUsername, replaceContent)));
            log.info(
                    "Restored the backup of {} (schema {}) for {}: {}",
                    manifest.exportedAt(),
                    manifest.schemaVersion(),
                    adminUsername,
                    summary);
            return summary;
        } catch (BackupRefused refused) {
            log.info("Restore refused for {}: {}", adminUsername, refused);
            throw refused;
        } catch (IOException | UncheckedIOException e) {
            throw new BackupRefused("backup.error.unreadable");
        } catch (DataAccessException | TransactionException e) {
            log.error("Restore failed for {}; the site is as it was", adminUsername, e);
            throw new BackupRefused("backup.error.failed");
        }
    }

    private SiteRestorer restorer(PictureFiles pictures) {
        return new SiteRestorer(jdbc, events, renderer, pictures);
    }

    /** Runs the restore; when it fails, removes the pictures' files it stored for rows now rolled back. */
    private static RestoreSummary restore(
            BackupArchive archive, PictureFiles pictures, Supplier<RestoreSummary> restore) {
        try {
            return restore.get();
        } catch (RuntimeException e) {
            try {
                pictures.removeUnused(archive);
            } catch (RuntimeException cleanup) {
                log.warn("Files of a refused restore left in the media store (unused)", cleanup);
            }
            throw e;
        }
    }

    private void checkVersions(Manifest manifest) {
        if (manifest.formatVersion() < 1) {
            throw new BackupRefused("backup.error.manifest");
        }
        if (manifest.formatVersion() > BackupFormat.VERSION) {
            throw new BackupRefused("backup.error.newerFormat", manifest.formatVersion(), BackupFormat.VERSION);
        }
        MigrationVersion schema;
        try {
            schema = MigrationVersion.fromVersion(manifest.schemaVersion());
        } catch (RuntimeException e) {
            throw new BackupRefused("backup.error.manifest");
        }
        if (schema.isNewerThan(schemaVersion())) {
            throw new BackupRefused(
                    "backup.error.newerSchema",
                    manifest.schemaVersion(),
                    schemaVersion().getVersion());
        }
    }

    private MigrationVersion schemaVersion() {
        return flyway.info().current().getVersion();
    }
}
