package app.gazette.media.image;

import static app.gazette.media.image.TestImages.ascii;
import static app.gazette.media.image.TestImages.concat;
import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageProcessorTest {

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
    void aPhoneJpegIsTurnedUprightAndLosesItsExifGpsAndSerial() throws Exception {
        byte[] photo = TestImages.withExif(TestImages.jpeg(1000, 500), 6);
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertThat(before.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION))
                .isEqualTo(6);
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation())
                .isNotNull();
        assertThat(before.getFirstDirectoryOfType(ExifSubIFDDirectory.class).getString(0xa431))
                .isEqualTo("SN-12345");

        try (ProcessedImage image = processor.process(upload("phone.jpg", photo), "phone.jpg")) {
            assertThat(image.width()).isEqualTo(500);
            assertThat(image.height()).isEqualTo(1000);
            assertThat(image.master().format()).isEqualTo(ImageFormat.JPEG);
            BufferedImage master = ImageIO.read(image.master().file().toFile());
            assertThat(red(master.getRGB(400, 500)))
                    .as("the red top now on the right")
                    .isGreaterThan(150);
            assertThat(red(master.getRGB(100, 500)))
                    .as("the blue bottom now on the left")
                    .isLessThan(100);
            assertThat(image.derivatives()).extracting(Rendition::width).containsExactly(320);
            assertThat(image.webp()).extracting(Rendition::width).containsExactly(320);
            for (Rendition rendition : all(image)) {
                assertHasNoMetadata(rendition.file());
            }
        }
    }

    @Test
    void aLargePhotoGetsA2560MasterAndADerivativeAtEveryNarrowerWidth() throws Exception {
        try (ProcessedImage image = processor.process(upload("big.jpg", TestImages.jpeg(2600, 1950)), "big.jpg")) {
            assertThat(image.master())
                    .extracting(Rendition::width, Rendition::height, Rendition::contentType)
                    .containsExactly(2560, 1920, "image/jpeg");
            assertThat(image.derivatives())
                    .extracting(Rendition::width, Rendition::height)
                    .containsExactly(
                            tuple(320, 240), tuple(640, 480), tuple(960, 720), tuple(1280, 960), tuple(1920, 1440));
            assertThat(image.webp()).extracting(Rendition::width).containsExactly(320, 640, 960, 1280, 1920);
            for (Rendition rendition : all(image)) {
                BufferedImage decoded = ImageIO.read(rendition.file().toFile());
                assertThat(decoded.getWidth()).isEqualTo(rendition.width());
                assertThat(decoded.getHeight()).isEqualTo(rendition.height());
                assertThat(rendition.size()).isEqualTo(Files.size(rendition.file()));
            }
            assertThat(image.contentHash())
                    .isEqualTo(sha256(Files.readAllBytes(image.master().file())));
            assertThat(image.transparent()).isFalse();
            assertThat(image.animated()).isFalse();
        }
    }

    @Test
    void aSmallImageIsNeverScaledUp() {
        try (ProcessedImage image = processor.process(upload("small.jpg", jpeg(500, 300)), "small.jpg")) {
            assertThat(image.master())
                    .extracting(Rendition::width, Rendition::height)
                    .containsExactly(500, 300);
            assertThat(image.derivatives()).extracting(Rendition::width).containsExactly(320);
        }
    }

    @Test
    void aPngWithTransparencyStaysPngAndKeepsItsTransparentPixels() throws Exception {
        byte[] png = TestImages.png(TestImages.withAlpha(800));
        try (ProcessedImage image = processor.process(upload("logo.png", png), "logo.png")) {
            assertThat(image.transparent()).isTrue();
            assertThat(image.master().contentType()).isEqualTo("image/png");
            assertThat(image.derivatives())
                    .allSatisfy(d -> assertThat(d.format()).isEqualTo(ImageFormat.PNG));
            for (Rendition rendition : all(image)) {
                BufferedImage decoded = Uploads.read(rendition.file());
                assertThat(decoded.getRGB(0, 0) >>> 24)
                        .as(rendition.file().toString())
                        .isZero();
                assertThat(decoded.getRGB(decoded.getWidth() / 2, decoded.getHeight() / 2) >>> 24)
                        .isEqualTo(255);
            }
        }
    }

    @Test
    void anOpaquePngBecomesJpeg() throws Exception {
        byte[] png = TestImages.png(TestImages.drawing(700, 400));
        try (ProcessedImage image = processor.process(upload("chart.png", png), "chart.png")) {
            assertThat(image.sourceFormat()).isEqualTo(ImageFormat.PNG);
            assertThat(image.master().format()).isEqualTo(ImageFormat.JPEG);
            assertThat(image.transparent()).isFalse();
        }
    }

    @Test
    void aPngNamedJpgIsTakenForThePngItIs() throws Exception {
        byte[] png = TestImages.png(TestImages.withAlpha(400));
        try (ProcessedImage image = processor.process(upload("photo.jpg", png), "photo.jpg")) {
            assertThat(image.sourceFormat()).isEqualTo(ImageFormat.PNG);
            assertThat(image.master().format()).isEqualTo(ImageFormat.PNG);
        }
    }

    @Test
    void aWebpUploadIsAcceptedAndReEncoded() throws Exception {
        byte[] webp = TestImages.encode(TestImages.drawing(900, 600), "webp");
        try (ProcessedImage image = processor.process(upload("shot.webp", webp), "shot.webp")) {
            assertThat(image.sourceFormat()).isEqualTo(ImageFormat.WEBP);
            assertThat(image.master())
                    .extracting(Rendition::width, Rendition::format)
                    .containsExactly(900, ImageFormat.JPEG);
        }
    }

    @Test
    void aJpegCarryingHtmlIsReEncodedSoNoByteOfTheUploadIsServed() throws Exception {
        byte[] script = ascii("<html><script>alert(document.cookie)</script></html>");
        byte[] polyglot = concat(jpeg(640, 480), script);
        try (ProcessedImage image = processor.process(upload("poly.jpg", polyglot), "poly.jpg")) {
            for (Rendition rendition : all(image)) {
                assertThat(new String(Files.readAllBytes(rendition.file()), "ISO-8859-1"))
                        .doesNotContain("<script");
            }
            assertThat(image.contentHash()).isNotEqualTo(sha256(polyglot));
        }
    }

    @Test
    void closingTheResultDeletesItsFiles() {
        ProcessedImage image = processor.process(upload("a.jpg", jpeg(700, 500)), "a.jpg");
        assertThat(image.master().file()).exists();
        image.close();
        assertThat(image.directory()).doesNotExist();
    }

    private Path upload(String name, byte[] bytes) {
        return Uploads.write(temp, name, bytes);
    }

    private static byte[] jpeg(int width, int height) {
        try {
            return TestImages.jpeg(width, height);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Rendition> all(ProcessedImage image) {
        List<Rendition> all = new ArrayList<>(image.derivatives());
        all.add(image.master());
        all.addAll(image.webp());
        return all;
    }

    static void assertHasNoMetadata(Path file) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
        for (Directory directory : metadata.getDirectories()) {
            assertThat(directory)
                    .as(file + ": " + directory.getName())
                    .isNotInstanceOfAny(
                            ExifIFD0Directory.class, ExifSubIFDDirectory.class, GpsDirectory.class, XmpDirectory.class);
        }
        assertThat(new String(Files.readAllBytes(file), "ISO-8859-1")).doesNotContain("Exif", "SN-12345");
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
