package app.gazette.media.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Square PNG icons from a picture this library stored (never an upload: those are checked first):
 * the picture scaled to fit, its proportions kept, centred on a transparent square, or a white one
 * for Apple's touch icons (iOS shows transparency as black).
 */
public final class IconMaker {

    private IconMaker() {}

    /** Decodes a stored file (JPEG, PNG or GIF, the first frame). */
    public static BufferedImage read(InputStream stored) throws IOException {
        BufferedImage image = ImageIO.read(stored);
        if (image == null) {
            throw new IIOException("no reader for the stored picture");
        }
        return image;
    }

    /** A {@code size} x {@code size} PNG of {@code source}, padded to a square, never distorted. */
    public static byte[] png(BufferedImage source, int size, boolean white) throws IOException {
        BufferedImage fitted = Thumbnails.of(source)
                .size(size, size)
                .keepAspectRatio(true)
                .imageType(BufferedImage.TYPE_INT_ARGB)
                .asBufferedImage();
        BufferedImage square = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = square.createGraphics();
        try {
            if (white) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, size, size);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(fitted, (size - fitted.getWidth()) / 2, (size - fitted.getHeight()) / 2, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(square, "png", out);
        return out.toByteArray();
    }
}
