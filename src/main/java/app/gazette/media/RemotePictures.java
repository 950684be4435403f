package app.gazette.media;

import app.gazette.media.fetch.FetchRefused;
import app.gazette.media.fetch.RemoteImageFetcher;
import app.gazette.media.image.ImageRefused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Brings the pictures an imported article links on other sites into the library: each distinct
 * {@code http(s)} image of the Markdown ({@code ![alt](url "title")}) is fetched by
 * {@link RemoteImageFetcher}, added to the library and the link rewritten to the library's copy.
 * A picture that cannot be fetched or is refused keeps its original link and is counted, with the
 * reason's message key, so the import report can say what stayed remote.
 */
@Component
public class RemotePictures {

    private static final Pattern IMAGE =
            Pattern.compile("!\\[((?:[^\\]\\\\]|\\\\.)*)\\]\\(\\s*<?(https?://[^\\s)>]+)>?(\\s+\"[^\"]*\")?\\s*\\)");

    /** The rewritten Markdown, how many pictures came in, and why each of the others did not. */
    public record Result(String markdown, int fetched, List<Failure> failures) {}

    /** A picture left where it was: its address and the message key of the reason. */
    public record Failure(String url, String messageKey) {}

    private final RemoteImageFetcher fetcher;
    private final MediaLibrary library;

    public RemotePictures(RemoteImageFetcher fetcher, MediaLibrary library) {
        this.fetcher = fetcher;
        this.library = library;
    }

    public Result bringIn(String markdown, long uploaderId) {
        Map<String, String> copies = new HashMap<>();
        List<Failure> failures = new ArrayList<>();
        Matcher image = IMAGE.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (image.find()) {
            String url = image.group(2);
            if (!copies.containsKey(url)) {
                copies.put(url, bring(url, image.group(1), uploaderId, failures));
            }
            String copy = copies.get(url);
            String title = image.group(3) == null ? "" : image.group(3);
            String replacement = copy == null ? image.group() : "![" + image.group(1) + "](" + copy + title + ")";
            image.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        image.appendTail(out);
        int fetched = (int)
                copies.values().stream().filter(java.util.Objects::nonNull).count();
        return new Result(out.toString(), fetched, List.copyOf(failures));
    }

    private String bring(String url, String alt, long uploaderId, List<Failure> failures) {
        Path file = null;
        try {
            file = fetcher.fetch(url);
            MediaView picture = library.add(file, fileName(url), alt.replace("\\", ""), uploaderId);
            return picture.atLeast(960).url();
        } catch (FetchRefused e) {
            failures.add(new Failure(url, e.reason().messageKey()));
        } catch (ImageRefused e) {
            failures.add(new Failure(url, e.messageKey()));
        } finally {
            delete(file);
        }
        return null;
    }

    private static String fileName(String url) {
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            path = null;
        }
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? "picture" : name;
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
