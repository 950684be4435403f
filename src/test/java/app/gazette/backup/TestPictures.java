package app.gazette.backup;

import app.gazette.media.store.MediaStore;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pictures for backup tests, as the media library stores them: rows of media, media_files and
 * media_usages, and the files in the store under keys named by the master's hash, width and format.
 * A harbour (JPEG master, a JPEG and a WebP derivative; featured on article 2, used by 2 and 3) and
 * a PNG logo nobody uploaded or uses.
 */
final class TestPictures {

    private final JdbcTemplate jdbc;
    private final MediaStore store;

    TestPictures(JdbcTemplate jdbc, MediaStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    void add() {
        byte[] harbour = image("jpg", 48, 32, Color.BLUE);
        String hash = sha256(harbour);
        String stem = "2019/02/" + hash.substring(0, 12) + "-harbour";
        media(1, "Harbour.JPG", "The harbour at dawn", 48, 32, harbour, "image/jpeg", hash, 2L);
        file(1, stem + "-48.jpg", "MASTER", 48, 32, "image/jpeg", harbour);
        file(1, stem + "-24.jpg", "SIZE", 24, 16, "image/jpeg", image("jpg", 24, 16, Color.BLUE));
        file(1, stem + "-24.webp", "WEBP", 24, 16, "image/webp", webp(300));
        byte[] logo = image("png", 16, 16, Color.RED);
        String logoHash = sha256(logo);
        media(2, "logo.png", "", 16, 16, logo, "image/png", logoHash, null);
        file(2, "2019/02/" + logoHash.substring(0, 12) + "-logo-16.png", "MASTER", 16, 16, "image/png", logo);
        jdbc.update(
                "INSERT INTO media_usages (media_id, article_id, article_title) VALUES (1, 2, 'Two'), (1, 3, 'Three')");
        jdbc.update("UPDATE articles SET featured_media_id = 1, featured_alt = 'Boats' WHERE id = 2");
    }

    /** Every stored file's SHA-256, by key. */
    Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<String> keys = store.keys()) {
            keys.forEach(key -> {
                try (InputStream in = store.open(key).orElseThrow().stream()) {
                    files.put(key, sha256(in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    void deleteFiles() {
        try (Stream<String> keys = store.keys()) {
            keys.toList().forEach(store::delete);
        }
    }

    private void media(
            long id, String name, String alt, int w, int h, byte[] bytes, String type, String hash, Long uploader) {
        jdbc.update(
                "INSERT INTO media (id, file_name, alt, caption, credit, width, height, bytes, content_type, "
                        + "animated, uploader_id, uploaded_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                name,
                alt,
                id == 1 ? "Boats leave\nat six" : "",
                id == 1 ? "Photo: Ed" : "",
                w,
                h,
                bytes.length,
                type,
                false,
                uploader,
                TestSite.at(id * 7),
                hash);
    }

    private void file(long media, String key, String kind, int w, int h, String type, byte[] bytes) {
        jdbc.update(
                "INSERT INTO media_files (media_id, storage_key, kind, width, height, content_type, bytes) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                media,
                key,
                kind,
                w,
                h,
                type,
                bytes.length);
        store.put(key, new ByteArrayInputStream(bytes), bytes.length, type);
    }

    static byte[] image(String format, int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * y) % 7 == 0 ? color.getRGB() : Color.WHITE.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Bytes that start as a WebP file does (enough for a format check by first bytes). */
    static byte[] webp(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 8);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
