package app.gazette.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** What a parser handed over, in order; and the fixtures under src/test/resources/importing. */
final class Recorded implements ImportHandler {

    static final Clock JUNE_2024 = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    final List<ImportedPost> posts = new ArrayList<>();
    final List<ImportedComment> comments = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    static Recorded parse(ExportParser parser, String fixture) {
        Recorded recorded = new Recorded();
        try (InputStream in = fixture(fixture)) {
            parser.parse(in, recorded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return recorded;
    }

    static ExportTotals count(ExportParser parser, String fixture) {
        try (InputStream in = fixture(fixture)) {
            return parser.count(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream fixture(String name) {
        InputStream in = Recorded.class.getResourceAsStream("/importing/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        return in;
    }

    ImportedPost post(String title) {
        return posts.stream()
                .filter(post -> post.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public void post(ImportedPost post) {
        posts.add(post);
    }

    @Override
    public void comment(ImportedComment comment) {
        comments.add(comment);
    }

    @Override
    public void skipped(String kind) {
        skipped.add(kind);
    }
}
