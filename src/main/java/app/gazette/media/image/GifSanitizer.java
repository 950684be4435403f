package app.gazette.media.image;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOException;

/**
 * Copies a GIF block by block (GIF89a's grammar), keeping only what draws the picture: the screen
 * descriptor, colour tables, graphic control extensions, the looping extension and the frames.
 * Comments, plain text and other application extensions (XMP, ICC) are dropped, and so is anything
 * after the trailer (a GIFAR's ZIP): an animated GIF is served as this copy. A GIF cut off inside a
 * block is malformed; one that only lacks its trailer gets one.
 */
final class GifSanitizer {

    /** What the copy holds: the screen size and its frames' sizes. */
    record Scan(int width, int height, int frames, long largestFramePixels, long allFramePixels, boolean transparent) {}

    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2c;
    private static final int TRAILER = 0x3b;
    private static final int GRAPHIC_CONTROL = 0xf9;
    private static final int APPLICATION = 0xff;

    private GifSanitizer() {}

    static Scan copy(Path source, Path target) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source));
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            byte[] screen = bytes(in, 13);
            out.write(screen);
            copyColourTable(in, out, screen[10]);
            int width = u16(screen, 6);
            int height = u16(screen, 8);
            int frames = 0;
            long largest = 0;
            long all = 0;
            boolean transparent = false;
            while (true) {
                int block = in.read();
                if (block == IMAGE) {
                    byte[] descriptor = bytes(in, 9);
                    long pixels = (long) u16(descriptor, 4) * u16(descriptor, 6);
                    if (frames == 0 && (width == 0 || height == 0)) {
                        width = u16(descriptor, 4);
                        height = u16(descriptor, 6);
                    }
                    out.write(IMAGE);
                    out.write(descriptor);
                    copyColourTable(in, out, descriptor[8]);
                    int codeSize = read(in);
                    if (codeSize < 1 || codeSize > 11) {
                        throw new IIOException("GIF LZW code size " + codeSize);
                    }
                    out.write(codeSize);
                    copySubBlocks(in, out);
                    frames++;
                    largest = Math.max(largest, pixels);
                    all += pixels;
                } else if (block == EXTENSION) {
                    transparent |= extension(in, out);
                } else if (block == TRAILER || (block == -1 && frames > 0)) {
                    out.write(TRAILER);
                    return new Scan(width, height, frames, largest, all, transparent);
                } else {
                    throw new IIOException("GIF block " + block);
                }
            }
        }
    }

    /** Copies a graphic control or looping extension, skips any other; true when it sets transparency. */
    private static boolean extension(InputStream in, OutputStream out) throws IOException {
        int label = read(in);
        if (label != GRAPHIC_CONTROL && label != APPLICATION) {
            skipSubBlocks(in);
            return false;
        }
        int size = read(in);
        byte[] first = bytes(in, size);
        if (label == APPLICATION && !isLooping(first)) {
            skipSubBlocks(in);
            return false;
        }
        out.write(EXTENSION);
        out.write(label);
        out.write(size);
        out.write(first);
        copySubBlocks(in, out);
        return label == GRAPHIC_CONTROL && size >= 1 && (first[0] & 1) != 0;
    }

    private static boolean isLooping(byte[] identifier) {
        String name = new String(identifier, StandardCharsets.US_ASCII);
        return name.equals("NETSCAPE2.0") || name.equals("ANIMEXTS1.0");
    }

    private static void copyColourTable(InputStream in, OutputStream out, byte packed) throws IOException {
        if ((packed & 0x80) != 0) {
            out.write(bytes(in, 3 << ((packed & 7) + 1)));
        }
    }

    private static void copySubBlocks(InputStream in, OutputStream out) throws IOException {
        int size;
        while ((size = read(in)) != 0) {
            out.write(size);
            out.write(bytes(in, size));
        }
        out.write(0);
    }

    private static void skipSubBlocks(InputStream in) throws IOException {
        int size;
        while ((size = read(in)) != 0) {
            bytes(in, size);
        }
    }

    private static int read(InputStream in) throws IOException {
        int value = in.read();
        if (value < 0) {
            throw new EOFException("GIF cut off");
        }
        return value;
    }

    private static byte[] bytes(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("GIF cut off");
        }
        return bytes;
    }

    private static int u16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8;
    }
}
