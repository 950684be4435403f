package app.gazette.importing;

/**
 * Receives what a parser reads, in file order. A comment may arrive before its post (Blogger does
 * not promise an order), so the receiver resolves {@link ImportedComment#postSourceKey()} itself.
 */
public interface ImportHandler {

    void post(ImportedPost post);

    void comment(ImportedComment comment);
}
