package app.gazette.importing;

import app.gazette.article.MarkdownRenderer;
import java.time.Instant;

/**
 * What the writers of one import share: its format, its tally, the renderer, the time it started
 * and the name given to comments without one.
 */
record ImportContext(
        ExportFormat format,
        ImportTally tally,
        MarkdownRenderer renderer,
        Instant now,
        Runnable progressWriter,
        String anonymous) {

    /** Writes the tally's progress where every node reads it. */
    void progress() {
        progressWriter.run();
    }
}
