package app.gazette.media.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The first bytes of the picture formats the library accepts; anything else is not fetched. */
final class ImageSignature {

    private ImageSignature() {}

    static boolean matches(Path file) throws IOException {
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return matches(Arrays.copyOf(head, n));
    }

    static boolean matches(byte[] h) {
        return starts(h, 0xFF, 0xD8, 0xFF)
                || starts(h, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)
                || starts(h, 'G', 'I', 'F', '8')
                || (starts(h, 'R', 'I', 'F', 'F')
                        && h.length >= 12
                        && h[8] == 'W'
                        && h[9] == 'E'
                        && h[10] == 'B'
                        && h[11] == 'P');
    }

    private static boolean starts(byte[] h, int... expected) {
        if (h.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((h[i] & 0xff) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
