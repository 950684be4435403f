package app.gazette.importing;

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
        Instant finishedAt) {

    public enum State {
        /** Reading the file once to count its posts and comments. */
        COUNTING,
        RUNNING,
        DONE,
        FAILED
    }

    public ImportJob {
        errorArgs = errorArgs == null ? List.of() : List.copyOf(errorArgs);
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
