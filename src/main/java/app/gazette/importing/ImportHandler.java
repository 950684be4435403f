package app.gazette.importing;

/**
 * Receives what a parser reads, in file order. A comment may arrive before its post (Blogger does
 * not promise an order), so the receiver resolves {@link ImportedComment#postSourceKey()} itself.
 */
public interface ImportHandler {

    void post(ImportedPost post);

    void comment(ImportedComment comment);

    /** An item of a kind Gazette does not import ("page", "attachment", …, "other"), for the result page. */
    default void skipped(String kind) {}
}
