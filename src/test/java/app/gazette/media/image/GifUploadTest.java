package app.gazette.media.image;

import static app.gazette.media.image.TestImages.ascii;
import static app.gazette.media.image.TestImages.concat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GIFs: animations kept as cleaned copies, single frames re-encoded like any still image. */
class GifUploadTest {

    @TempDir
    Path temp;

    ImageProcessor processor;

    @BeforeEach
    void start() {
        processor = Uploads.processor(temp.resolve("work"));
    }

    @AfterEach
    void stop() {
        processor.destroy();
    }

    @Test
    void anAnimatedGifIsKeptAsAnAnimationWithoutCommentsXmpOrTrailingArchive() throws Exception {
        byte[] gif = TestImages.animatedGif(3, 120, 80);
        byte[] gifar = concat(gif, ascii("PK\u0003\u0004 a jar full of classes"));
        try (ProcessedImage image = processor.process(Uploads.write(temp, "cat.gif", gifar), "cat.gif")) {
            assertThat(image.animated()).isTrue();
            assertThat(image.master())
                    .extracting(Rendition::width, Rendition::height, Rendition::format)
                    .containsExactly(120, 80, ImageFormat.GIF);
            assertThat(image.derivatives()).isEmpty();
            assertThat(image.webp()).isEmpty();
            byte[] served = Files.readAllBytes(image.master().file());
            String text = new String(served, "ISO-8859-1");
            assertThat(text).contains("NETSCAPE2.0").doesNotContain("secret comment", "XMP", "PK");
            assertThat(served[served.length - 1]).isEqualTo((byte) 0x3b);
            assertThat(Uploads.frames(image.master().file())).isEqualTo(3);
        }
    }

    @Test
    void anAnimatedGifLackingOnlyItsTrailerGetsOne() throws Exception {
        byte[] gif = TestImages.animatedGif(2, 50, 40);
        byte[] cut = java.util.Arrays.copyOf(gif, gif.length - 1);
        try (ProcessedImage image = processor.process(Uploads.write(temp, "cut.gif", cut), "cut.gif")) {
            byte[] served = Files.readAllBytes(image.master().file());
            assertThat(served[served.length - 1]).isEqualTo((byte) 0x3b);
            assertThat(Uploads.frames(image.master().file())).isEqualTo(2);
        }
    }

    @Test
    void aSingleFrameGifIsReEncodedLikeAnyStillImage() throws Exception {
        byte[] gif = TestImages.encode(TestImages.drawing(400, 300), "gif");
        try (ProcessedImage image = processor.process(Uploads.write(temp, "still.gif", gif), "still.gif")) {
            assertThat(image.sourceFormat()).isEqualTo(ImageFormat.GIF);
            assertThat(image.animated()).isFalse();
            assertThat(image.master().format()).isEqualTo(ImageFormat.JPEG);
            try (Stream<Path> files = Files.list(image.directory())) {
                assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("master.gif");
            }
        }
    }

    @Test
    void aStillGifWithATransparentColourBecomesPng() throws Exception {
        byte[] palette = {0, (byte) 255};
        IndexColorModel colours = new IndexColorModel(1, 2, palette, palette, palette, 0);
        BufferedImage indexed = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_BINARY, colours);
        indexed.getRaster().setSample(200, 150, 0, 1);
        byte[] gif = TestImages.encode(indexed, "gif");
        try (ProcessedImage image = processor.process(Uploads.write(temp, "dot.gif", gif), "dot.gif")) {
            assertThat(image.transparent()).isTrue();
            assertThat(image.master().format()).isEqualTo(ImageFormat.PNG);
            assertThat(Uploads.read(image.master().file()).getRGB(0, 0) >>> 24).isZero();
        }
    }
}
