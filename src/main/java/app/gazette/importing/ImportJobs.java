package app.gazette.importing;

import app.gazette.shared.Rows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import_jobs table, each write in a short transaction of its own (outside an import's
 * transaction), so that any node reads the progress while the import runs.
 */
class ImportJobs {

    /** How often the node running an import says it still does (updated_at), whatever the import is doing. */
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** An import whose heartbeat stopped this long ago died with its node: its slot is given up. */
    static final Duration ABANDONED = Duration.ofSeconds(30);

    private static final String COLUMNS = "id, format, file_name, state, posts_total, comments_total, posts_done, "
            + "comments_done, posts_created, comments_created, private_posts, authors_created, error_code, "
            + "error_args, started_at, finished_at, draft_posts, protected_posts, sticky_posts, duplicate_posts, "
            + "skipped_pages, skipped_attachments, skipped_other, hidden_titles, blog_zone";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final Clock clock;

    ImportJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Claims the one running slot for a new import.
     *
     * @throws ImportRefused import.error.running if another import runs on any node
     */
    long claim(ExportFormat format, String fileName, String username) {
        return own.execute(status -> {
            OffsetDateTime now = now();
            reclaim(now);
            try {
                jdbc.update(
                        "INSERT INTO import_jobs (format, file_name, started_by, state, running, posts_total, "
                                + "comments_total, posts_done, comments_done, posts_created, comments_created, "
                                + "private_posts, authors_created, started_at, updated_at) "
                                + "VALUES (?, ?, ?, 'COUNTING', 1, 0, 0, 0, 0, 0, 0, 0, 0, ?, ?)",
                        format.name(),
                        fileName,
                        username,
                        now,
                        now);
            } catch (DuplicateKeyException running) {
                throw new ImportRefused("import.error.running");
            }
            return jdbc.queryForObject("SELECT id FROM import_jobs WHERE running = 1", Long.class);
        });
    }

    /** Ends, as abandoned, the import whose heartbeat stopped more than {@link #ABANDONED} ago. */
    private void reclaim(OffsetDateTime now) {
        jdbc.update(
                "UPDATE import_jobs SET running = NULL, state = 'FAILED', error_code = "
                        + "'import.error.abandoned', finished_at = ? WHERE running = 1 AND updated_at < ?",
                now,
                now.minus(ABANDONED));
    }

    /** The running import's node is alive; false if the import was given up meanwhile. */
    boolean heartbeat(long id) {
        return Boolean.TRUE.equals(own.execute(status ->
                jdbc.update("UPDATE import_jobs SET updated_at = ? WHERE id = ? AND running = 1", now(), id) > 0));
    }

    void counted(long id, ExportTotals totals) {
        update(
                "UPDATE import_jobs SET state = 'RUNNING', posts_total = ?, comments_total = ?, updated_at = ? "
                        + "WHERE id = ?",
                totals.posts(),
                totals.comments(),
                now(),
                id);
    }

    void progress(long id, ImportTally tally) {
        update(
                "UPDATE import_jobs SET posts_done = ?, comments_done = ?, updated_at = ? WHERE id = ?",
                tally.postsDone(),
                tally.commentsDone(),
                now(),
                id);
    }

    void done(long id, ImportTally tally) {
        OffsetDateTime now = now();
        ImportJob.Report report = tally.report();
        String titles = String.join(
                "\n",
                report.hiddenTitles().stream().map(t -> t.replace('\n', ' ')).toList());
        update(
                "UPDATE import_jobs SET state = 'DONE', running = NULL, posts_done = ?, comments_done = ?, "
                        + "posts_created = ?, comments_created = ?, private_posts = ?, authors_created = ?, "
                        + "draft_posts = ?, protected_posts = ?, sticky_posts = ?, duplicate_posts = ?, "
                        + "skipped_pages = ?, skipped_attachments = ?, skipped_other = ?, hidden_titles = ?, "
                        + "blog_zone = ?, updated_at = ?, finished_at = ? WHERE id = ?",
                tally.postsDone(),
                tally.commentsDone(),
                tally.postsCreated(),
                tally.commentsCreated(),
                tally.privatePosts(),
                tally.authorsCreated(),
                report.draftPosts(),
                report.protectedPosts(),
                report.stickyPosts(),
                report.duplicatePosts(),
                report.skippedPages(),
                report.skippedAttachments(),
                report.skippedOther(),
                Rows.cut(titles, 4000),
                report.blogZone(),
                now,
                now,
                id);
    }

    void failed(long id, ImportRefused why) {
        String args = Arrays.stream(why.args())
                .map(String::valueOf)
                .map(arg -> arg.replace("\n", " "))
                .collect(Collectors.joining("\n"));
        OffsetDateTime now = now();
        update(
                "UPDATE import_jobs SET state = 'FAILED', running = NULL, posts_done = 0, comments_done = 0, "
                        + "error_code = ?, error_args = ?, updated_at = ?, finished_at = ? WHERE id = ?",
                why.code(),
                args.length() > 1000 ? args.substring(0, 1000) : args,
                now,
                now,
                id);
    }

    /** The newest import, one whose node died shown as given up. */
    Optional<ImportJob> latest() {
        own.executeWithoutResult(status -> reclaim(now()));
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM import_jobs ORDER BY id DESC LIMIT 1",
                        (row, n) -> new ImportJob(
                                row.getLong(1),
                                ExportFormat.valueOf(row.getString(2)),
                                row.getString(3),
                                ImportJob.State.valueOf(row.getString(4)),
                                row.getLong(5),
                                row.getLong(6),
                                row.getLong(7),
                                row.getLong(8),
                                row.getLong(9),
                                row.getLong(10),
                                row.getLong(11),
                                row.getLong(12),
                                row.getString(13),
                                args(row.getString(14)),
                                instant(row.getObject(15, OffsetDateTime.class)),
                                instant(row.getObject(16, OffsetDateTime.class)),
                                new ImportJob.Report(
                                        row.getLong(17),
                                        row.getLong(18),
                                        row.getLong(19),
                                        row.getLong(20),
                                        row.getLong(21),
                                        row.getLong(22),
                                        row.getLong(23),
                                        args(row.getString(24)),
                                        row.getString(25))))
                .stream()
                .findFirst();
    }

    private void update(String sql, Object... args) {
        own.executeWithoutResult(status -> jdbc.update(sql, args));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static List<String> args(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n", -1));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
