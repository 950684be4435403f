package app.gazette.media.image;

import app.gazette.media.image.ImageRefused.Reason;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOException;

/**
 * One upload, start to end, on the calling thread: size, type by magic number, declared pixels,
 * decode (subsampled), orientation, master and derivatives in a fresh work folder. Every still image
 * is re-encoded, so no byte of the upload (a polyglot's HTML or script included) is ever served;
 * opaque images become JPEG, those with transparent pixels PNG. On refusal the folder is deleted.
 */
class ImagePipeline {

    private final ImageDecoder decoder;
    private final ImageEncoder encoder;

    /**
     * One large raster at a time: decoding and the first scaling hold up to ~85 MB of heap (and, for
     * a progressive JPEG, libjpeg's native buffer of all its coefficients, ~120 MB at 50 MP).
     */
    private final Semaphore decoding = new Semaphore(1);

    ImagePipeline(ImageDecoder decoder, ImageEncoder encoder) {
        this.decoder = decoder;
        this.encoder = encoder;
    }

    boolean writesWebp() {
        return encoder.writesWebp();
    }

    ProcessedImage process(Path upload, String name, Path workRoot) throws IOException {
        long size = Files.size(upload);
        if (size == 0) {
            throw new ImageRefused(Reason.EMPTY, name);
        }
        if (size > ImageLimits.MAX_BYTES) {
            throw new ImageRefused(Reason.TOO_LARGE, name);
        }
        ImageFormat format =
                ImageFormat.sniff(head(upload)).orElseThrow(() -> new ImageRefused(Reason.UNSUPPORTED_TYPE, name));
        Files.createDirectories(workRoot);
        Path folder = Files.createTempDirectory(workRoot, "image-");
        try {
            return format == ImageFormat.GIF ? gif(upload, name, folder) : still(upload, format, name, folder, false);
        } catch (ImageRefused e) {
            ProcessedImage.deleteTree(folder);
            throw e;
        } catch (IOException | RuntimeException e) {
            ProcessedImage.deleteTree(folder);
            throw new ImageRefused(Reason.CORRUPT, name, e);
        } catch (Error e) {
            ProcessedImage.deleteTree(folder);
            throw e;
        }
    }

    private ProcessedImage gif(Path upload, String name, Path folder) throws IOException {
        Path clean = folder.resolve("master.gif");
        GifSanitizer.Scan scan = GifSanitizer.copy(upload, clean);
        if (scan.frames() == 0) {
            throw new IIOException("GIF without a frame");
        }
        if ((long) scan.width() * scan.height() > ImageLimits.MAX_PIXELS
                || scan.largestFramePixels() > ImageLimits.MAX_PIXELS
                || scan.allFramePixels() > ImageLimits.MAX_ANIMATION_PIXELS) {
            throw new ImageRefused(Reason.TOO_MANY_PIXELS, name);
        }
        if (scan.frames() == 1) {
            ProcessedImage still = still(clean, ImageFormat.GIF, name, folder, true);
            Files.delete(clean);
            return still;
        }
        decoder.checkAllFrames(clean);
        Rendition master = new Rendition(scan.width(), scan.height(), ImageFormat.GIF, clean, Files.size(clean));
        return new ProcessedImage(
                ImageFormat.GIF,
                scan.width(),
                scan.height(),
                sha256(clean),
                master,
                List.of(),
                List.of(),
                scan.transparent(),
                true,
                folder);
    }

    private ProcessedImage still(Path source, ImageFormat format, String name, Path folder, boolean cleanedGif)
            throws IOException {
        BufferedImage master = upright(source, format, name);
        boolean alpha = master.getColorModel().hasAlpha();
        boolean transparent = alpha && ImageEncoder.hasTransparency(master);
        if (alpha && !transparent) {
            master = opaque(master);
        }
        ImageFormat output = transparent ? ImageFormat.PNG : ImageFormat.JPEG;
        Rendition written = encoder.write(master, output, folder.resolve("master." + output.extension()));
        List<Rendition> derivatives = new ArrayList<>();
        List<Rendition> webp = new ArrayList<>();
        for (int width : ImageLimits.DERIVATIVE_WIDTHS) {
            if (width >= master.getWidth()) {
                break;
            }
            int height = Math.max(1, Math.round((float) master.getHeight() * width / master.getWidth()));
            BufferedImage scaled = ImageEncoder.scale(master, width, height, transparent);
            derivatives.add(encoder.write(scaled, output, folder.resolve(width + "." + output.extension())));
            if (encoder.writesWebp()) {
                webp.add(encoder.write(scaled, ImageFormat.WEBP, folder.resolve(width + ".webp")));
            }
        }
        return new ProcessedImage(
                cleanedGif ? ImageFormat.GIF : format,
                written.width(),
                written.height(),
                sha256(written.file()),
                written,
                derivatives,
                webp,
                transparent,
                false,
                folder);
    }

    /** Decoded, scaled to the master's size and turned upright (the decoded raster is let go here). */
    private BufferedImage upright(Path source, ImageFormat format, String name) throws IOException {
        BufferedImage fitted;
        decoding.acquireUninterruptibly();
        try {
            BufferedImage decoded = decoder.decode(source, format, name);
            fitted = fitted(decoded, decoded.getColorModel().hasAlpha());
        } finally {
            decoding.release();
        }
        int orientation = format == ImageFormat.JPEG ? Orientation.of(source) : Orientation.UPRIGHT;
        return Orientation.apply(fitted, orientation);
    }

    /** Scaled so the long edge is at most the master's, as 8-bit RGB or ARGB; never scaled up. */
    private static BufferedImage fitted(BufferedImage image, boolean alpha) throws IOException {
        int longEdge = Math.max(image.getWidth(), image.getHeight());
        double factor = Math.min(1.0, (double) ImageLimits.MASTER_LONG_EDGE / longEdge);
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        return ImageEncoder.scale(image, width, height, alpha);
    }

    private static BufferedImage opaque(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] head(Path upload) throws IOException {
        try (InputStream in = Files.newInputStream(upload)) {
            return in.readNBytes(ImageFormat.SNIFF_LENGTH);
        }
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
