package app.gazette.media.image;

import app.gazette.media.image.ImageRefused.Reason;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes uploads with readers chosen by name, never by ImageIO's ordering: TwelveMonkeys for JPEG
 * (CMYK, damaged camera files) and WebP (pure Java, so untrusted WebP never reaches the native
 * libwebp that the WebP writer bundles), the JDK's for PNG and GIF. The declared size is checked
 * from the header before any pixel is decoded; large images are subsampled while reading.
 */
final class ImageDecoder {

    private static final Map<ImageFormat, String> READERS = Map.of(
            ImageFormat.JPEG, "com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReader",
            ImageFormat.PNG, "com.sun.imageio.plugins.png.PNGImageReader",
            ImageFormat.GIF, "com.sun.imageio.plugins.gif.GIFImageReader",
            ImageFormat.WEBP, "com.twelvemonkeys.imageio.plugins.webp.WebPImageReader");

    private final Map<ImageFormat, ImageReaderSpi> providers = new EnumMap<>(ImageFormat.class);

    ImageDecoder() {
        for (ImageFormat format : ImageFormat.values()) {
            providers.put(format, provider(format));
        }
    }

    /** The first image, upright as stored, subsampled so it is at most about twice the master. */
    BufferedImage decode(Path file, ImageFormat format, String name) throws IOException {
        ImageReader reader = providers.get(format).createReaderInstance();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, false, format == ImageFormat.PNG);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new IIOException("no pixels");
            }
            if ((long) width * height > ImageLimits.MAX_PIXELS) {
                throw new ImageRefused(Reason.TOO_MANY_PIXELS, name);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height, bytesPerPixel(reader.getRawImageType(0)));
            param.setSourceSubsampling(step, step, 0, 0);
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0, param);
            failOnTruncation(warnings);
            return image;
        } finally {
            reader.dispose();
        }
    }

    /** Decodes every frame of a GIF (heavily subsampled: this only proves the data is whole). */
    void checkAllFrames(Path gif) throws IOException {
        ImageReader reader = providers.get(ImageFormat.GIF).createReaderInstance();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in, false, false);
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            int frames = reader.getNumImages(true);
            for (int frame = 0; frame < frames; frame++) {
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(reader.getWidth(frame), reader.getHeight(frame)) / 256);
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(frame, param).flush();
            }
            failOnTruncation(warnings);
        } finally {
            reader.dispose();
        }
    }

    /**
     * The largest step that still leaves the long edge at least the master's (so quality is kept),
     * raised further while the decoded raster would pass {@link ImageLimits#MAX_DECODED_BYTES}.
     */
    static int subsampling(int width, int height, int bytesPerPixel) {
        int step = Math.max(1, Math.max(width, height) / ImageLimits.MASTER_LONG_EDGE);
        while (decodedBytes(width, height, step, bytesPerPixel) > ImageLimits.MAX_DECODED_BYTES) {
            step++;
        }
        return step;
    }

    private static long decodedBytes(int width, int height, int step, int bytesPerPixel) {
        long columns = (width + step - 1) / step;
        long rows = (height + step - 1) / step;
        return columns * rows * bytesPerPixel;
    }

    private static int bytesPerPixel(ImageTypeSpecifier type) {
        if (type == null) {
            return 4;
        }
        ColorModel colors = type.getColorModel();
        int packed = type.getSampleModel().getDataType() == DataBuffer.TYPE_INT ? 4 : 1;
        return Math.max(packed, (colors.getPixelSize() + 7) / 8);
    }

    /** Decoders fill a cut-off image with grey and only warn: a cut-off upload is refused instead. */
    private static void failOnTruncation(List<String> warnings) throws IIOException {
        for (String warning : warnings) {
            String text = warning.toLowerCase(Locale.ROOT);
            if (text.contains("truncated") || text.contains("premature end")) {
                throw new IIOException(warning);
            }
        }
    }

    private static ImageReaderSpi provider(ImageFormat format) {
        String wanted = READERS.get(format);
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByMIMEType(format.contentType()); it.hasNext(); ) {
            ImageReader reader = it.next();
            if (reader.getClass().getName().equals(wanted)) {
                return reader.getOriginatingProvider();
            }
        }
        throw new IllegalStateException("ImageIO reader missing: " + wanted);
    }
}
