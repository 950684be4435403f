package app.gazette.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.gazette.media.image.TestImages;
import app.gazette.support.AppTest;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A phone photo from the editor's desktop to a reader's phone: dropped onto the text, shown upright
 * in the preview, made the featured picture with its alt text and published; a reader then gets a
 * file sized for a 375 px screen, and neither it nor the master tells where the photo was taken.
 */
@BrowserTest
class PictureJourneyTest {

    private static final String TITLE = "Lifeboat crew bring two kayakers home from the point";
    private static final String ALT = "Two kayakers wrapped in foil blankets on the lifeboat slipway";
    private static final String FILE = "kayakers.jpg";
    /** As the camera stored it, landscape; its EXIF orientation 6 says to turn it a quarter clockwise. */
    private static final int RAW_WIDTH = 1600;

    private static final int RAW_HEIGHT = 1200;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aDroppedPhonePhotoIsShownUprightFeaturedAndSizedForThePhoneWithoutItsLocation() throws Exception {
        byte[] photo = TestImages.withExif(TestImages.jpeg(RAW_WIDTH, RAW_HEIGHT), 6);
        Metadata taken = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertThat(taken.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation())
                .isNotNull();

        try (Visitor editor = Visitor.desktop(port, "pictures")) {
            editor.signIn("admin", AppTest.ADMIN_PASSWORD);
            editor.follow(By.linkText("Write"));
            editor.type(By.id("title"), TITLE);
            editor.type(By.id("body"), "The crew launched at dawn.");
            assertThat(editor.drop(By.id("body"), FILE, "image/jpeg", photo)).isTrue();
            WebElement shown = editor.until(Duration.ofSeconds(60), d -> loaded(editor, "#preview img"));
            assertThat(editor.text(By.cssSelector(".upload-status"))).isEqualTo(FILE + " was inserted.");
            assertThat(editor.find(By.id("body")).getDomProperty("value")).contains("![](/media/");
            assertUpright(natural(editor, shown));
            byte[] inserted = fetch(shown.getDomProperty("currentSrc"));
            assertUpright(pixels(inserted));
            assertNoExif(inserted);
            editor.checkAccessibility();
            editor.snap("1-dropped-into-the-preview");

            editor.follow(By.cssSelector("button[value=save]"));
            assertThat(editor.text(By.cssSelector("main .notice"))).isEqualTo("Saved.");
            editor.find(By.xpath("//fieldset[contains(@class, 'featured-picker')]//label[span = '" + FILE + "']"))
                    .click();
            editor.type(By.id("featuredAlt"), ALT);
            assertThat(editor.find(By.cssSelector("#preview img")).isDisplayed())
                    .isTrue();
            editor.checkAccessibility();
            editor.snap("2-featured-picker");
            editor.follow(By.cssSelector("button[value=publish]"));
            assertThat(editor.text(By.cssSelector("main .notice"))).isEqualTo("Published.");

            editor.follow(By.linkText("Media"));
            assertThat(editor.all(By.cssSelector("main img"))).hasSizeGreaterThan(1);
            editor.snap("3-media-library");
        }

        try (Visitor reader = Visitor.phone(port, "pictures-phone")) {
            reader.openAfresh("/");
            reader.follow(By.linkText(TITLE));
            WebElement featured = reader.until(d -> loaded(reader, "figure.featured img"));
            assertThat(featured.getDomAttribute("alt")).isEqualTo(ALT);
            byte[] delivered = fetch(featured.getDomProperty("currentSrc"));
            assertUpright(pixels(delivered));
            assertThat(pixels(delivered)[0]).isLessThanOrEqualTo(640);
            assertNoExif(delivered);
            byte[] master = fetch(widest(featured.getDomAttribute("srcset")));
            assertThat(pixels(master)).containsExactly(RAW_HEIGHT, RAW_WIDTH);
            assertNoExif(master);
            reader.snap("1-article");

            reader.follow(By.cssSelector(".post-pager a.home"));
            WebElement entry = reader.all(By.cssSelector("main article.entry")).stream()
                    .filter(e -> e.getText().contains(TITLE))
                    .findFirst()
                    .orElseThrow();
            assertThat(entry.findElements(By.cssSelector("a.post-thumb img")))
                    .singleElement()
                    .satisfies(thumb -> assertThat(thumb.getDomAttribute("src")).startsWith("/media/"));
            reader.snap("2-home-page");
        }
    }

    /** The element once its image has loaded, else null (so that a wait goes on). */
    private static WebElement loaded(Visitor visitor, String selector) {
        return visitor.all(By.cssSelector(selector)).stream()
                .filter(img -> Boolean.TRUE.equals(
                        visitor.script("return arguments[0].complete && arguments[0].naturalWidth > 0", img)))
                .findFirst()
                .orElse(null);
    }

    /** The width and height of the picture as the browser shows it. */
    private static int[] natural(Visitor visitor, WebElement img) {
        return new int[] {
            ((Number) visitor.script("return arguments[0].naturalWidth", img)).intValue(),
            ((Number) visitor.script("return arguments[0].naturalHeight", img)).intValue()
        };
    }

    /** The width and height of the pixels in the file, whatever metadata it may carry. */
    private static int[] pixels(byte[] file) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
        return new int[] {image.getWidth(), image.getHeight()};
    }

    /** Width and height swapped against the raw pixels (a derivative may round them by a pixel). */
    private static void assertUpright(int[] size) {
        assertThat(size[0]).isLessThan(size[1]);
        assertThat((double) size[0] / size[1]).isCloseTo((double) RAW_HEIGHT / RAW_WIDTH, within(0.01));
    }

    private static String widest(String srcset) {
        return Arrays.stream(srcset.split(",\\s*"))
                .map(candidate -> candidate.split("\\s+"))
                .max(Comparator.comparingInt(candidate -> Integer.parseInt(candidate[1].replace("w", ""))))
                .orElseThrow()[0];
    }

    private byte[] fetch(String url) throws Exception {
        URI uri = URI.create("http://localhost:" + port).resolve(url);
        HttpResponse<byte[]> response =
                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static void assertNoExif(byte[] file) throws Exception {
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain("Exif\0\0");
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file));
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class)).isNull();
    }
}
