package app.gazette.importing;

import app.gazette.article.MarkdownRenderer;
import app.gazette.pagecache.PublicContentChanged;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import, on the importer's thread: counts the file's posts and comments, then in one
 * transaction reads it twice (posts, then comments, so every comment finds its post), and bumps the
 * content version last. Progress goes to import_jobs in transactions of its own; a refusal or
 * failure, an Error such as running out of memory included, rolls everything back and says why
 * there. An import given up meanwhile (its heartbeat stopped) does not commit.
 */
final class ImportRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    private static final long PROGRESS_NANOS = 1_000_000_000L;

    private final long job;
    private final ExportParser parser;
    private final Path file;
    private final String username;
    private final Services services;
    private final ImportTally tally = new ImportTally();
    private long progressWritten = System.nanoTime() - PROGRESS_NANOS;

    /** The beans an import needs. */
    record Services(
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            ImportJobs jobs,
            ImportTargets targets,
            MarkdownRenderer renderer,
            ApplicationEventPublisher events,
            Clock clock,
            String anonymous) {}

    ImportRun(long job, ExportParser parser, Path file, String username, Services services) {
        this.job = job;
        this.parser = parser;
        this.file = file;
        this.username = username;
        this.services = services;
    }

    @Override
    public void run() {
        long started = System.nanoTime();
        boolean done = false;
        try {
            ExportTotals totals;
            try (InputStream in = open()) {
                totals = parser.count(in);
            }
            services.jobs().counted(job, totals);
            services.transaction().executeWithoutResult(status -> importAll());
            services.jobs().done(job, tally);
            done = true;
            log.info(
                    "Import {} of {} by {} done in {} ms: {} of {} posts and {} of {} comments new",
                    job,
                    parser.format(),
                    username,
                    (System.nanoTime() - started) / 1_000_000,
                    tally.postsCreated(),
                    tally.postsDone(),
                    tally.commentsCreated(),
                    tally.commentsDone());
        } catch (ImportRefused refused) {
            log.info("Import {} by {} refused: {}", job, username, refused.toString());
            services.jobs().failed(job, refused);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Import {} by {}: the upload could not be read", job, username, e);
            services.jobs().failed(job, new ImportRefused("import.error.unreadable"));
        } catch (RuntimeException e) {
            log.error("Import {} by {} failed; the site is as it was", job, username, e);
            fail(new ImportRefused("import.error.failed"));
        } catch (OutOfMemoryError e) {
            log.error("Import {} by {} ran out of memory; the site is as it was", job, username, e);
            fail(new ImportRefused("import.error.memory"));
        } catch (Error e) {
            log.error("Import {} by {} failed; the site is as it was", job, username, e);
            fail(new ImportRefused("import.error.failed"));
        } finally {
            announce(done);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the upload {}", file, e);
            }
        }
    }

    /** Tells listeners (the audit log) how it ended; their failure ends nothing. */
    private void announce(boolean done) {
        try {
            services.events()
                    .publishEvent(new ImportFinished(
                            job, username, done, done ? tally.postsCreated() : 0, done ? tally.commentsCreated() : 0));
        } catch (RuntimeException e) {
            log.warn("Import {}: its end could not be announced", job, e);
        }
    }

    /** Says why; if even that fails, the stopped heartbeat ends the import on every node soon. */
    private void fail(ImportRefused why) {
        try {
            services.jobs().failed(job, why);
        } catch (RuntimeException e) {
            log.error("Import {}: could not record its failure", job, e);
        }
    }

    private void importAll() {
        JdbcTemplate jdbc = services.jdbc();
        ImportTargets targets = services.targets();
        long importer = targets.authors().idOf(username).orElseThrow(() -> new ImportRefused("import.error.noAdmin"));
        Instant now = services.clock().instant();
        ImportContext context = new ImportContext(
                parser.format(), tally, services.renderer(), now, this::progress, services.anonymous());
        PostWriter posts = new PostWriter(
                jdbc,
                context,
                new Authors(targets.authors(), importer, now, tally),
                targets.labels().open(),
                targets.articles().open());
        parse(posts::add, comment -> {}, tally::skipped);
        posts.flush();
        CommentWriter comments = new CommentWriter(jdbc, context, targets.comments());
        parse(post -> {}, comments::add, kind -> {});
        comments.flush();
        comments.linkReplies();
        if (!services.jobs().heartbeat(job)) {
            throw new ImportRefused("import.error.abandoned");
        }
        services.events().publishEvent(new PublicContentChanged("import"));
    }

    private void parse(Consumer<ImportedPost> posts, Consumer<ImportedComment> comments, Consumer<String> skipped) {
        try (InputStream in = open()) {
            parser.parse(in, new ImportHandler() {
                @Override
                public void post(ImportedPost post) {
                    posts.accept(post);
                }

                @Override
                public void comment(ImportedComment comment) {
                    comments.accept(comment);
                }

                @Override
                public void skipped(String kind) {
                    skipped.accept(kind);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * After each batch of a few hundred posts or comments, at most once a second (the page asks
     * once a second; each write is a commit of its own).
     */
    private void progress() {
        long now = System.nanoTime();
        if (now - progressWritten >= PROGRESS_NANOS) {
            progressWritten = now;
            services.jobs().progress(job, tally);
        }
    }

    private InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
    }
}
