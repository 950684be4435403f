package app.gazette.support;

import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaView;
import app.gazette.media.image.TestImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real uploads to the media library for tests of pages that show pictures. */
public final class Pictures {

    private Pictures() {}

    /** A drawn JPEG of this size, processed and stored by the library as {@code uploaderId}'s. */
    public static MediaView upload(
            MediaLibrary library, String name, int width, int height, String alt, long uploaderId) {
        try {
            Path upload = Files.createTempFile("picture", ".jpg");
            try {
                Files.write(upload, TestImages.jpeg(width, height));
                return library.add(upload, name, alt, uploaderId);
            } finally {
                Files.deleteIfExists(upload);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
