package app.gazette.importing;

import app.gazette.article.MarkdownRenderer;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports from Blogger and WordPress: an uploaded export is imported in the background (one import
 * at a time across all nodes), its progress kept in the database for every node to show. While it
 * runs, a heartbeat says every {@link ImportJobs#HEARTBEAT} that its node lives, so that another
 * node gives up the import of a node that died within {@link ImportJobs#ABANDONED}.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final List<ExportParser> parsers;
    private final ImportJobs jobs;
    private final ImportRun.Services services;
    private final Duration heartbeat;
    private final ExecutorService importer = Executors.newSingleThreadExecutor(task -> daemon(task, "importer"));
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "import-heartbeat"));

    @Autowired
    ImportService(
            List<ExportParser> parsers,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ImportTargets targets,
            MarkdownRenderer renderer,
            ApplicationEventPublisher events,
            Clock clock,
            MessageSource messages) {
        this(parsers, jdbc, transactions, targets, renderer, events, clock, messages, ImportJobs.HEARTBEAT);
    }

    ImportService(
            List<ExportParser> parsers,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ImportTargets targets,
            MarkdownRenderer renderer,
            ApplicationEventPublisher events,
            Clock clock,
            MessageSource messages,
            Duration heartbeat) {
        this.parsers = parsers;
        this.heartbeat = heartbeat;
        this.jobs = new ImportJobs(jdbc, transactions, clock);
        this.services = new ImportRun.Services(
                jdbc,
                new TransactionTemplate(transactions),
                jobs,
                targets,
                renderer,
                events,
                clock,
                messages.getMessage("import.anonymous", null, LocaleContextHolder.getLocale()));
    }

    /**
     * Starts importing this export in the background; the file is the import's, deleted when it ends.
     *
     * @throws ImportRefused if the file is no export Gazette reads, or another import is running
     */
    public long start(Path file, String fileName, String username) {
        try {
            ExportParser parser = parserFor(file);
            long job = jobs.claim(parser.format(), fileName, username);
            services.events()
                    .publishEvent(new ImportStarted(job, parser.format().name(), fileName, username));
            ImportRun run = new ImportRun(job, parser, file, username, services);
            long every = heartbeat.toMillis();
            ScheduledFuture<?> beat =
                    heartbeats.scheduleAtFixedRate(() -> beat(job), every, every, TimeUnit.MILLISECONDS);
            importer.execute(() -> {
                try {
                    run.run();
                } finally {
                    beat.cancel(false);
                }
            });
            return job;
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** The newest import, running or ended. */
    public Optional<ImportJob> latest() {
        return jobs.latest();
    }

    /** The parser for the export the file's first element and namespaces tell. */
    private ExportParser parserFor(Path file) {
        ExportFormat format;
        try (InputStream in = Files.newInputStream(file)) {
            format = ExportFormats.sniff(in);
        } catch (IOException e) {
            throw new ImportRefused("import.error.unreadable");
        }
        return parsers.stream()
                .filter(parser -> parser.format() == format)
                .findFirst()
                .orElseThrow(() -> new ImportRefused("import.error.unknownFormat"));
    }

    private void beat(long job) {
        try {
            jobs.heartbeat(job);
        } catch (RuntimeException e) {
            log.warn("Import {}: the heartbeat could not be written", job, e);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file: the system cleans it up
        }
    }

    @PreDestroy
    void stop() {
        importer.shutdownNow();
        heartbeats.shutdownNow();
    }
}
