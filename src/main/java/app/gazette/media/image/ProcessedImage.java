package app.gazette.media.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an accepted upload became, every file free of metadata. {@code width} and {@code height} are
 * the master's (upright). {@code contentHash} is the SHA-256 (hex) of the master's bytes, for file
 * names. {@code derivatives} are in the master's format, narrowest first; {@code webp} holds WebP
 * versions at the same widths (empty when the WebP encoder is off). An animated GIF's master is the
 * original animation (checked and cleaned of comments, extensions and trailing bytes) with no
 * derivatives. The files live in {@code directory} until {@link #close()} deletes it: the caller
 * copies them to the store, then closes.
 */
public record ProcessedImage(
        ImageFormat sourceFormat,
        int width,
        int height,
        String contentHash,
        Rendition master,
        List<Rendition> derivatives,
        List<Rendition> webp,
        boolean transparent,
        boolean animated,
        Path directory)
        implements AutoCloseable {

    public ProcessedImage {
        derivatives = List.copyOf(derivatives);
        webp = List.copyOf(webp);
    }

    /** Deletes the work folder and every file in it. */
    @Override
    public void close() {
        deleteTree(directory);
    }

    static void deleteTree(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
