package app.gazette.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * An export as a parser would read it, written in the test: its posts and comments in file order,
 * optionally a refusal after some of them, or a latch the parse waits on. The file it reads is a
 * stub with the root element and namespace of its format, so that the service recognises it.
 */
final class ScriptedExport implements ExportParser {

    private final List<Object> items = new ArrayList<>();
    private final ExportFormat format;
    private ImportRefused refusal;
    private CountDownLatch gate;

    ScriptedExport(ExportFormat format) {
        this.format = format;
    }

    static ImportedPost post(
            String key,
            String title,
            String html,
            String published,
            ImportedPost.State state,
            List<String> labels,
            ImportedAuthor author,
            String slug,
            List<String> oldPaths,
            Long wordpressId) {
        Instant at = published == null ? null : Instant.parse(published);
        return new ImportedPost(key, title, html, at, at, labels, author, state, slug, oldPaths, wordpressId, 0);
    }

    static ImportedComment comment(
            String key, String post, String parent, String name, String html, ImportedComment.Status status) {
        return new ImportedComment(
                key,
                post,
                parent,
                name,
                name.toLowerCase().replace(' ', '.') + "@example.org",
                null,
                html,
                Instant.parse("2019-01-05T10:00:00Z"),
                status);
    }

    ScriptedExport add(Object postOrComment) {
        items.add(postOrComment);
        return this;
    }

    /** Refuses the file after reading every item added so far. */
    ScriptedExport refuseHere(ImportRefused refused) {
        items.add(refused);
        return this;
    }

    /** Throws this Error after reading every item added so far. */
    ScriptedExport failWith(Error error) {
        items.add(error);
        return this;
    }

    ScriptedExport waitFor(CountDownLatch latch) {
        this.gate = latch;
        return this;
    }

    Path file(Path dir) {
        try {
            String root = format == ExportFormat.BLOGGER
                    ? "<feed xmlns='http://www.w3.org/2005/Atom' "
                            + "xmlns:blogger='http://schemas.google.com/blogger/2018'/>"
                    : "<rss xmlns:wp='http://wordpress.org/export/1.2/'/>";
            return Files.writeString(Files.createTempFile(dir, "export-", ".xml"), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ExportFormat format() {
        return format;
    }

    @Override
    public ExportTotals count(InputStream in) {
        return new ExportTotals(
                items.stream().filter(ImportedPost.class::isInstance).count(),
                items.stream().filter(ImportedComment.class::isInstance).count());
    }

    @Override
    public void parse(InputStream in, ImportHandler handler) {
        try {
            if (gate != null) {
                gate.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (Object item : items) {
            if (item instanceof ImportedPost post) {
                handler.post(post);
            } else if (item instanceof ImportedComment comment) {
                handler.comment(comment);
            } else if (item instanceof Error error) {
                throw error;
            } else {
                throw (ImportRefused) item;
            }
        }
    }
}
