package app.gazette.media.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.resizers.configurations.ScalingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scales (Thumbnailator, progressive bilinear) and writes renditions with no metadata at all: JPEG
 * (quality 0.82, progressive) and PNG by the JDK's writers, WebP by libwebp (webp-imageio), which is
 * native code and so is probed once; when it cannot load, WebP is off and the rest goes on.
 */
final class ImageEncoder {

    private static final Logger log = LoggerFactory.getLogger(ImageEncoder.class);

    private static final Map<ImageFormat, String> WRITERS = Map.of(
            ImageFormat.JPEG, "com.sun.imageio.plugins.jpeg.JPEGImageWriter",
            ImageFormat.PNG, "com.sun.imageio.plugins.png.PNGImageWriter",
            ImageFormat.WEBP, "com.luciad.imageio.webp.WebPWriter");

    private final ImageWriterSpi jpeg = provider(ImageFormat.JPEG);
    private final ImageWriterSpi png = provider(ImageFormat.PNG);
    private final ImageWriterSpi webp;

    ImageEncoder(boolean webpWanted) {
        this.webp = webpWanted ? workingWebp() : null;
    }

    boolean writesWebp() {
        return webp != null;
    }

    /** The image at exactly this size, as 8-bit RGB or ARGB (never scaled up by callers). */
    static BufferedImage scale(BufferedImage image, int width, int height, boolean alpha) throws IOException {
        return Thumbnails.of(image)
                .forceSize(width, height)
                .scalingMode(ScalingMode.PROGRESSIVE_BILINEAR)
                .imageType(alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                .asBufferedImage();
    }

    /** Whether any pixel is not fully opaque. */
    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int pixel : row) {
                if (pixel >>> 24 != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }

    Rendition write(BufferedImage image, ImageFormat format, Path file) throws IOException {
        ImageWriter writer = switch (format) {
            case JPEG -> jpeg.createWriterInstance();
            case PNG -> png.createWriterInstance();
            case WEBP -> webp.createWriterInstance();
            case GIF -> throw new IllegalArgumentException("GIF is never written");
        };
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param(writer, format));
        } finally {
            writer.dispose();
        }
        return new Rendition(image.getWidth(), image.getHeight(), format, file, Files.size(file));
    }

    private static ImageWriteParam param(ImageWriter writer, ImageFormat format) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (format == ImageFormat.JPEG) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(ImageLimits.JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        } else if (format == ImageFormat.WEBP) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Lossy");
            param.setCompressionQuality(ImageLimits.WEBP_QUALITY);
        }
        return param;
    }

    private ImageWriterSpi workingWebp() {
        try {
            ImageWriterSpi provider = provider(ImageFormat.WEBP);
            Path probe = Files.createTempFile("gazette-webp-probe", ".webp");
            try {
                ImageWriter writer = provider.createWriterInstance();
                try (ImageOutputStream out = ImageIO.createImageOutputStream(probe.toFile())) {
                    writer.setOutput(out);
                    writer.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
                } finally {
                    writer.dispose();
                }
                return provider;
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (Exception | LinkageError e) {
            log.warn("WebP derivatives are off: the WebP encoder could not run here ({})", e.toString());
            return null;
        }
    }

    private static ImageWriterSpi provider(ImageFormat format) {
        String wanted = WRITERS.get(format);
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByMIMEType(format.contentType()); it.hasNext(); ) {
            ImageWriter writer = it.next();
            if (writer.getClass().getName().equals(wanted)) {
                return writer.getOriginatingProvider();
            }
        }
        throw new IllegalStateException("ImageIO writer missing: " + wanted);
    }
}
