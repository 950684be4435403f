package app.gazette.media.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Pictures drawn at test time (no downloaded photos), and hand-built bytes for the hostile cases. */
public final class TestImages {

    private TestImages() {}

    /** Top half red, bottom half blue, with a gradient and shapes so it compresses like a picture. */
    public static BufferedImage drawing(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(230, 20, 20), width, 0, new Color(200, 40, 40)));
        g.fillRect(0, 0, width, height / 2);
        g.setPaint(new GradientPaint(0, 0, new Color(20, 20, 230), width, 0, new Color(40, 40, 200)));
        g.fillRect(0, height / 2, width, height - height / 2);
        g.setColor(new Color(255, 255, 255, 90));
        g.setStroke(new BasicStroke(Math.max(1, width / 200f)));
        for (int i = 0; i < 12; i++) {
            g.drawOval(i * width / 14, (i * 37) % Math.max(1, height / 2), width / 10, height / 10);
        }
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) throws IOException {
        return encode(drawing(width, height), "jpeg");
    }

    public static byte[] png(BufferedImage image) throws IOException {
        return encode(image, "png");
    }

    /** A square with transparent corners: only the centre disc is painted. */
    public static BufferedImage withAlpha(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 128, 0, 255));
        g.fillOval(size / 4, size / 4, size / 2, size / 2);
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("no writer for " + format);
        }
        return out.toByteArray();
    }

    /** The JPEG with an EXIF APP1 segment right after SOI: orientation, a camera serial and GPS. */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        byte[] tiff = exifTiff(orientation);
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
        app1.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + tiff.length));
        app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + app1.capacity());
        out.put(jpeg, 0, 2).put(app1.array()).put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /**
     * A big-endian TIFF block: IFD0 (orientation, Exif and GPS pointers) at 8, the Exif IFD (body
     * serial number) at 50, its text at 68, the GPS IFD (52.5 N, 13.4 E) at 78, its rationals at 132.
     */
    private static byte[] exifTiff(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(180);
        b.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        b.putShort((short) 3);
        entry(b, 0x0112, 3, 1, orientation << 16);
        entry(b, 0x8769, 4, 1, 50);
        entry(b, 0x8825, 4, 1, 78);
        b.putInt(0);
        b.putShort((short) 1);
        entry(b, 0xa431, 2, 9, 68);
        b.putInt(0);
        b.put("SN-12345\0\0".getBytes(StandardCharsets.US_ASCII));
        b.putShort((short) 4);
        entry(b, 0x0001, 2, 2, 'N' << 24);
        entry(b, 0x0002, 5, 3, 132);
        entry(b, 0x0003, 2, 2, 'E' << 24);
        entry(b, 0x0004, 5, 3, 156);
        b.putInt(0);
        for (int[] degrees : new int[][] {{52, 30, 0}, {13, 24, 0}}) {
            for (int value : degrees) {
                b.putInt(value).putInt(1);
            }
        }
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** A small real PNG declaring width x height (grey, 8 bits), its IDAT a deflated run of zeros. */
    public static byte[] pngDeclaring(int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] row = new byte[width + 1];
        byte[] buffer = new byte[64 * 1024];
        for (int y = 0; y < height; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return png(width, height, idat.toByteArray());
    }

    /** A grey 8-bit PNG of this declared size with this IDAT data. */
    public static byte[] png(int width, int height, byte[] idat) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(
                png,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put(new byte[] {8, 0, 0, 0, 0})
                        .array());
        chunk(png, "IDAT", idat);
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(name);
        png.write(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * An animated GIF by ImageIO's writer: frames of alternating colour, looping, each frame also
     * carrying a comment and an XMP application extension (metadata the copy must drop).
     */
    public static byte[] animatedGif(int frames, int width, int height) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = frame.createGraphics();
                g.setColor(i % 2 == 0 ? Color.ORANGE : Color.CYAN);
                g.fillRect(0, 0, width, height);
                g.dispose();
                IIOMetadata metadata =
                        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(GIF_METADATA);
                IIOMetadataNode control = child(root, "GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "10");
                control.setAttribute("transparentColorIndex", "0");
                child(child(root, "CommentExtensions"), "CommentExtension")
                        .setAttribute("value", "secret comment " + i);
                IIOMetadataNode applications = child(root, "ApplicationExtensions");
                if (i == 0) {
                    application(applications, "NETSCAPE", "2.0", new byte[] {1, 0, 0});
                }
                application(applications, "XMP Data", "XMP", ascii("<x:xmpmeta>GPS 52.5N</x:xmpmeta>"));
                metadata.setFromTree(GIF_METADATA, root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static final String GIF_METADATA = "javax_imageio_gif_image_1.0";

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }

    private static void application(IIOMetadataNode parent, String id, String code, byte[] data) {
        IIOMetadataNode node = new IIOMetadataNode("ApplicationExtension");
        node.setAttribute("applicationID", id);
        node.setAttribute("authenticationCode", code);
        node.setUserObject(data);
        parent.appendChild(node);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
