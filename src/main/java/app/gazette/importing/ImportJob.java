package app.gazette.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An import as every node sees it (a row of import_jobs): how far it is, what it made, and why it
 * failed (a message key of i18n/admin-import.properties with its arguments).
 */
public record ImportJob(
        long id,
        ExportFormat format,
        String fileName,
        State state,
        long postsTotal,
        long commentsTotal,
        long postsDone,
        long commentsDone,
        long postsCreated,
        long commentsCreated,
        long privatePosts,
        long authorsCreated,
        String errorCode,
        List<String> errorArgs,
        Instant startedAt,
        Instant finishedAt,
        Report report) {

    /**
     * What the result page accounts for beyond the posts and comments made: new drafts, protected
     * and sticky posts, posts found twice in the file, items of kinds not imported, the titles of
     * the private and protected posts made drafts (at most {@link ImportTally#MAX_TITLES}), and the
     * blog's UTC offset as its posts' dates tell ("-08:00"), null when they do not.
     */
    public record Report(
            long draftPosts,
            long protectedPosts,
            long stickyPosts,
            long duplicatePosts,
            long skippedPages,
            long skippedAttachments,
            long skippedOther,
            List<String> hiddenTitles,
            String blogZone) {

        public static final Report NONE = new Report(0, 0, 0, 0, 0, 0, 0, List.of(), null);

        public Report {
            hiddenTitles = List.copyOf(hiddenTitles);
        }

        public long skipped() {
            return skippedPages + skippedAttachments + skippedOther;
        }
    }

    public enum State {
        /** Reading the file once to count its posts and comments. */
        COUNTING,
        RUNNING,
        DONE,
        FAILED
    }

    public ImportJob {
        errorArgs = errorArgs == null ? List.of() : List.copyOf(errorArgs);
        report = report == null ? Report.NONE : report;
    }

    /** How long it took, once ended. */
    public Duration took() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    public boolean running() {
        return state == State.COUNTING || state == State.RUNNING;
    }

    public long done() {
        return postsDone + commentsDone;
    }

    public long total() {
        return postsTotal + commentsTotal;
    }

    /** 0 to 100; 100 only when done. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total() == 0 ? 0 : (int) Math.min(99, done() * 100 / total());
    }
}
