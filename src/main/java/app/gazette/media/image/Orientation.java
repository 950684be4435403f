package app.gazette.media.image;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * EXIF orientation (1-8): read from a JPEG's EXIF segment only, with metadata-extractor, and applied
 * to the pixels, since the served files carry no metadata to tell browsers. PNG and WebP tags are
 * not read (rare, and reading them would mean inflating or parsing more untrusted chunks).
 */
final class Orientation {

    static final int UPRIGHT = 1;

    private Orientation() {}

    /** The JPEG's EXIF orientation; upright when it has none or it cannot be read. */
    static int of(Path jpeg) {
        try (InputStream in = Files.newInputStream(jpeg)) {
            Metadata metadata = JpegMetadataReader.readMetadata(in, List.of(new ExifReader()));
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return UPRIGHT;
            }
            int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return value >= 1 && value <= 8 ? value : UPRIGHT;
        } catch (IOException | JpegProcessingException | com.drew.metadata.MetadataException | RuntimeException e) {
            return UPRIGHT;
        }
    }

    /** The image as it should be seen: turned and mirrored as the orientation says. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage upright = new BufferedImage(swaps ? h : w, swaps ? w : h, image.getType());
        Graphics2D g = upright.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return upright;
    }
}
