package app.gazette.media.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Uploads written for the processor's tests, and reading back what it made. */
final class Uploads {

    private Uploads() {}

    /** The production settings (2 workers, 8 queued, WebP on) with this work folder. */
    static ImageProcessor processor(Path work) {
        return new ImageProcessor(new ImageProcessingProperties(2, 8, Duration.ofSeconds(60), true, work));
    }

    /** The bytes as an upload of this name, in a folder of its own (outside the work folder). */
    static Path write(Path temp, String name, byte[] bytes) {
        try {
            return Files.write(Files.createTempDirectory(temp, "upload").resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decoded by whichever reader ImageIO has for it (WebP included). */
    static BufferedImage read(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            return reader.read(0);
        }
    }

    static int frames(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            return reader.getNumImages(true);
        }
    }
}
