package app.gazette.importing;

import app.gazette.article.MarkdownRenderer;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports from Blogger and WordPress: an uploaded export is imported in the background (one import
 * at a time across all nodes), its progress kept in the database for every node to show.
 */
@Service
public class ImportService {

    private final List<ExportParser> parsers;
    private final ImportJobs jobs;
    private final ImportRun.Services services;
    private final ExecutorService importer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "importer");
        thread.setDaemon(true);
        return thread;
    });

    ImportService(
            List<ExportParser> parsers,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ImportTargets targets,
            MarkdownRenderer renderer,
            ApplicationEventPublisher events,
            Clock clock,
            MessageSource messages) {
        this.parsers = parsers;
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
            importer.execute(new ImportRun(job, parser, file, username, services));
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
    }
}
