package app.gazette.media.image;

import static app.gazette.media.image.TestImages.ascii;
import static app.gazette.media.image.TestImages.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.media.image.ImageRefused.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/** Every upload refused, with the message and status each gets, and nothing of it left behind. */
class ImageRefusalTest {

    @TempDir
    Path temp;

    Path work;
    ImageProcessor processor;

    @BeforeEach
    void start() {
        work = temp.resolve("work");
        processor = Uploads.processor(work);
    }

    @AfterEach
    void stop() {
        processor.destroy();
    }

    @Test
    void anSvgIsRefusedAsAnUnsupportedType() {
        byte[] svg = ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        assertRefused("drawing.svg", svg, "media.refused.type", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void htmlInFrontOfAJpegIsRefusedAsAnUnsupportedType() throws IOException {
        byte[] polyglot = concat(ascii("<!DOCTYPE html><script>alert(1)</script>"), TestImages.jpeg(64, 64));
        assertRefused("photo.jpg", polyglot, "media.refused.type", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void textNamedJpgIsRefusedAsAnUnsupportedType() {
        assertRefused(
                "photo.jpg",
                ascii("just some text, not a photo"),
                "media.refused.type",
                HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("empty.jpg", new byte[0], "media.refused.empty", HttpStatus.BAD_REQUEST);
    }

    @Test
    void aTruncatedJpegIsRefusedAsDamaged() throws IOException {
        byte[] jpeg = TestImages.jpeg(800, 600);
        assertRefused("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), "media.refused.corrupt", HttpStatus.BAD_REQUEST);
    }

    @Test
    void aTruncatedPngIsRefusedAsDamaged() throws IOException {
        byte[] png = TestImages.png(TestImages.drawing(800, 600));
        assertRefused("cut.png", Arrays.copyOf(png, png.length / 2), "media.refused.corrupt", HttpStatus.BAD_REQUEST);
    }

    @Test
    void aGifCutOffInsideAFrameIsRefusedAsDamaged() throws IOException {
        byte[] gif = TestImages.animatedGif(3, 120, 80);
        assertRefused("cut.gif", Arrays.copyOf(gif, gif.length - 40), "media.refused.corrupt", HttpStatus.BAD_REQUEST);
    }

    @Test
    void aGifWithoutAFrameIsRefusedAsDamaged() {
        byte[] gif = concat(ascii("GIF89a"), new byte[] {16, 0, 16, 0, 0, 0, 0, 0x3b});
        assertRefused("none.gif", gif, "media.refused.corrupt", HttpStatus.BAD_REQUEST);
    }

    @Test
    void aJpegHeaderFollowedByGarbageIsRefusedAsDamaged() {
        byte[] garbage =
                concat(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, ascii("no image here"));
        assertRefused("fake.jpg", garbage, "media.refused.corrupt", HttpStatus.BAD_REQUEST);
    }

    @Test
    void aPngDeclaring60MegapixelsIsRefusedBeforeDecoding() throws IOException {
        byte[] bomb = TestImages.pngDeclaring(8000, 7500);
        assertThat(bomb.length).as("a small file").isLessThan(200_000);
        assertRefused("bomb.png", bomb, "media.refused.tooManyPixels", HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void aPngDeclaring60MegapixelsWithUndecodableDataIsRefusedForItsSizeSoItWasNeverDecoded() throws IOException {
        byte[] bogus = TestImages.png(8000, 7500, ascii("not zlib data"));
        assertRefused("bomb.png", bogus, "media.refused.tooManyPixels", HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void aGifWhoseFrameDeclares60MegapixelsIsRefused() {
        byte[] gif = concat(
                ascii("GIF89a"),
                new byte[] {16, 0, 16, 0, 0, 0, 0},
                new byte[] {0x2c, 0, 0, 0, 0, 0x40, 0x1f, 0x4c, 0x1d, 0},
                new byte[] {8, 2, 0, 0, 0, 0x3b});
        assertRefused("bomb.gif", gif, "media.refused.tooManyPixels", HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void a30MegabyteFileIsRefusedAsTooLarge() throws IOException {
        byte[] big = Arrays.copyOf(TestImages.jpeg(64, 64), 30 * 1024 * 1024);
        assertRefused("huge.jpg", big, "media.refused.tooLarge", HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void everyReasonHasItsMessage() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(in);
        }
        for (Reason reason : Reason.values()) {
            assertThat(messages.getProperty(reason.messageKey()))
                    .as(reason.name())
                    .contains("{0}");
        }
    }

    private void assertRefused(String name, byte[] bytes, String key, HttpStatus status) {
        Path upload = Uploads.write(temp, name, bytes);
        assertThatThrownBy(() -> processor.process(upload, name))
                .isInstanceOfSatisfying(ImageRefused.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(key);
                    assertThat(refused.status()).isEqualTo(status);
                    assertThat(refused.messageArguments()).containsExactly(name);
                });
        assertThat(leftovers()).as("files left in the work folder").isZero();
    }

    private long leftovers() {
        if (!Files.exists(work)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(work)) {
            return files.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
