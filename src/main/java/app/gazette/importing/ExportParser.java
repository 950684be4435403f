package app.gazette.importing;

import java.io.InputStream;

/** Streams one foreign export format (StAX): bounded memory whatever the file's size. */
public interface ExportParser {

    ExportFormat format();

    /**
     * Counts posts and comments for the progress bar: one pass that keeps nothing, counting exactly
     * what {@link #parse} would hand over, and refusing what it would refuse.
     */
    default ExportTotals count(InputStream in) {
        long[] counts = new long[2];
        parse(in, new ImportHandler() {
            @Override
            public void post(ImportedPost post) {
                counts[0]++;
            }

            @Override
            public void comment(ImportedComment comment) {
                counts[1]++;
            }
        });
        return new ExportTotals(counts[0], counts[1]);
    }

    /** Reads every post and comment to the handler; {@link ImportRefused} for anything not importable. */
    void parse(InputStream in, ImportHandler handler);
}
