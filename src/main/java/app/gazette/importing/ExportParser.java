package app.gazette.importing;

import java.io.InputStream;

/** Streams one foreign export format (StAX): bounded memory whatever the file's size. */
public interface ExportParser {

    ExportFormat format();

    /** Counts posts and comments in one cheap pass, for the progress bar. */
    ExportTotals count(InputStream in);

    /** Reads every post and comment to the handler; {@link ImportRefused} for anything not importable. */
    void parse(InputStream in, ImportHandler handler);
}
