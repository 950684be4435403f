package app.gazette.article;

import static app.gazette.article.MarkdownRendererTest.assertSafe;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.media.MediaSize;
import app.gazette.media.MediaView;
import app.gazette.support.FakeMedia;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Images of an article body: figures, the library's files and sizes, captions, and what loads first. */
class MarkdownRendererPicturesTest {

    static final String HARBOUR = "![Harbour](/media/harbour-960.jpg)";

    private final FakeMedia.Library library = new FakeMedia.Library();
    private final MarkdownRenderer renderer = new MarkdownRenderer(library);
    private final MediaView harbour = library.put(FakeMedia.picture(1, "harbour", 2400, 1600, "The harbour"));

    private Document render(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown).html());
    }

    @Test
    void libraryPictureAloneInItsParagraphBecomesAFigureWithTheLibrarysFiles() {
        Document doc = render(HARBOUR + "\n\nText after.");

        Element image = doc.selectFirst("body > figure > img");
        assertThat(doc.select("p img")).isEmpty();
        assertThat(image.attr("src")).isEqualTo("/media/harbour-960.jpg");
        assertThat(image.attr("srcset")).isEqualTo(harbour.srcset()).contains("/media/harbour-320.jpg 320w");
        assertThat(image.attr("sizes")).isEqualTo(BodyPictures.SIZES);
        assertThat(image.attr("width")).isEqualTo("960");
        assertThat(image.attr("height")).isEqualTo("640");
        assertThat(image.attr("alt")).isEqualTo("Harbour");
        assertThat(image.attr("decoding")).isEqualTo("async");
        assertThat(doc.select("figcaption, picture")).isEmpty();
        assertThat(renderer.render(HARBOUR).remoteImages()).isEmpty();
    }

    @Test
    void theSrcIsAMidSizedFileWhicheverFileTheAuthorLinked() {
        Element image = render("![Harbour](/media/harbour-320.jpg)").selectFirst("img");

        assertThat(image.attr("src")).isEqualTo("/media/harbour-960.jpg");
        assertThat(image.attr("width")).isEqualTo("960");
    }

    @Test
    void webpFilesComeAsASourceOfAPicture() {
        library.put(withWebp(harbour));

        Element picture = render(HARBOUR).selectFirst("body > figure > picture");

        Element source = picture.child(0);
        assertThat(source.tagName()).isEqualTo("source");
        assertThat(source.attr("type")).isEqualTo("image/webp");
        assertThat(source.attr("srcset")).isEqualTo("/media/harbour-640.webp 640w, /media/harbour.webp 2400w");
        assertThat(source.attr("sizes")).isEqualTo(BodyPictures.SIZES);
        assertThat(picture.child(1).tagName()).isEqualTo("img");
        assertThat(picture.child(1).attr("src")).isEqualTo("/media/harbour-960.jpg");
    }

    @Test
    void theMarkdownTitleIsTheCaptionAndTheLibraryGivesTheCredit() {
        library.put(withTexts(harbour, "Boats in the library", "Photo: Ada"));

        Document doc = render("![Harbour](/media/harbour-960.jpg \"Boats at dawn\")");

        assertThat(doc.select("figure > figcaption").text()).isEqualTo("Boats at dawn — Photo: Ada");
        assertThat(doc.selectFirst("img").hasAttr("title")).isFalse();
    }

    @Test
    void withoutATitleTheLibrarysCaptionAndAltAreUsed() {
        library.put(withTexts(harbour, "Boats in the library", ""));

        Document doc = render("![](/media/harbour-960.jpg)");

        assertThat(doc.select("figcaption").text()).isEqualTo("Boats in the library");
        assertThat(doc.selectFirst("img").attr("alt")).isEqualTo("The harbour");
    }

    @Test
    void theFirstImageLoadsFirstWhenNoFeaturedImageIsAboveIt() {
        String markdown = HARBOUR + "\n\nText.\n\n" + HARBOUR;

        List<Element> images =
                Jsoup.parseBodyFragment(renderer.render(markdown, false).html()).select("img");
        assertThat(images.get(0).attr("loading")).isEqualTo("eager");
        assertThat(images.get(0).attr("fetchpriority")).isEqualTo("high");
        assertThat(images.get(1).attr("loading")).isEqualTo("lazy");
        assertThat(images.get(1).hasAttr("fetchpriority")).isFalse();

        List<Element> belowFeatured =
                Jsoup.parseBodyFragment(renderer.render(markdown, true).html()).select("img");
        assertThat(belowFeatured).allSatisfy(image -> {
            assertThat(image.attr("loading")).isEqualTo("lazy");
            assertThat(image.hasAttr("fetchpriority")).isFalse();
        });
        assertThat(renderer.render(markdown).html())
                .isEqualTo(renderer.render(markdown, false).html());
    }

    @Test
    void anImageInsideTextStaysInlineWithTheLibrarysFilesAndLoadsLazily() {
        Document doc = render("Intro.\n\nThe harbour ![Harbour](/media/harbour-960.jpg \"At dawn\") at dawn.");

        Element image = doc.selectFirst("p > img");
        assertThat(doc.select("figure")).isEmpty();
        assertThat(image.attr("srcset")).isEqualTo(harbour.srcset());
        assertThat(image.attr("width")).isEqualTo("960");
        assertThat(image.attr("height")).isEqualTo("640");
        assertThat(image.attr("title")).isEqualTo("At dawn");
        assertThat(image.attr("loading")).isEqualTo("eager");
        assertThat(render(HARBOUR + "\n\nThe harbour " + HARBOUR + " again.")
                        .selectFirst("p > img")
                        .attr("loading"))
                .isEqualTo("lazy");
    }

    @Test
    void anImageOnAnotherSiteIsAPlainFigureAndCountedAsRemote() {
        String markdown = "![Cliffs](https://example.org/cliffs.jpg \"The cliffs\")";

        Document doc = render(markdown);

        Element image = doc.selectFirst("body > figure > img");
        assertThat(image.attr("src")).isEqualTo("https://example.org/cliffs.jpg");
        assertThat(image.hasAttr("srcset")).isFalse();
        assertThat(image.hasAttr("width")).isFalse();
        assertThat(image.attr("decoding")).isEqualTo("async");
        assertThat(doc.select("figcaption").text()).isEqualTo("The cliffs");
        assertThat(renderer.render(markdown + "\n\n" + markdown + "\n\n" + HARBOUR)
                        .remoteImages())
                .containsExactly("https://example.org/cliffs.jpg");
    }

    @Test
    void aLinkedImageAloneIsAFigureHoldingTheLink() {
        Document doc = render("[" + HARBOUR + "](https://example.org/harbour)");

        assertThat(doc.select("body > figure > a[href=https://example.org/harbour] > img"))
                .hasSize(1);
        assertThat(doc.select("p")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<img src=\"/media/harbour-960.jpg\" srcset=\"https://evil.example/x.jpg 1w\" sizes=\"1px\">",
                "<picture><source srcset=\"https://evil.example/x.jpg\"><img src=\"/media/harbour-960.jpg\"></picture>",
                "<figure><img src=\"/media/harbour-960.jpg\" loading=\"eager\"><figcaption>x</figcaption></figure>",
                "<p><img src=\"https://example.org/a.jpg\" srcset=\"https://evil.example/x.jpg 1w\"></p>",
            })
    void authorsCannotWriteTheirOwnSourcesOrFigures(String markdown) {
        Document doc = render("Text first.\n\n" + markdown);

        assertThat(doc.html()).doesNotContain("evil.example");
        assertThat(doc.select("source")).isEmpty();
        assertThat(doc.select("[srcset]").eachAttr("srcset")).allMatch(harbour.srcset()::equals);
        assertThat(doc.select("figure figcaption")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "![<script>alert(1)</script>\" onerror=\"alert(1)](https://example.org/a.jpg \"<b onclick=alert(1)>x</b>\")",
                "![\" onerror=\"alert(1)](/media/harbour-960.jpg \"\\\" onload=\\\"alert(1)\")",
                "<img src=\"/media/harbour-960.jpg\" title=\"<img src=x onerror=alert(1)>\" alt=\"&quot; onerror=&quot;x\">",
            })
    void altAndCaptionTextStayText(String markdown) {
        library.put(withTexts(harbour, "<script>alert(2)</script>", "<b onclick=alert(3)>Ada</b>"));

        String html = renderer.render(markdown).html();

        assertSafe(html);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, b, figcaption *")).isEmpty();
        assertThat(doc.select("img").size()).isEqualTo(1);
    }

    private static MediaView withTexts(MediaView picture, String caption, String credit) {
        return new MediaView(
                picture.id(),
                picture.fileName(),
                picture.alt(),
                caption,
                credit,
                picture.width(),
                picture.height(),
                picture.bytes(),
                picture.contentType(),
                picture.animated(),
                picture.uploaderName(),
                picture.uploadedAt(),
                picture.master(),
                picture.sizes(),
                picture.webp());
    }

    private static MediaView withWebp(MediaView picture) {
        List<MediaSize> webp = List.of(
                new MediaSize(640, 427, "/media/harbour-640.webp", "image/webp", 20_000),
                new MediaSize(2400, 1600, "/media/harbour.webp", "image/webp", 90_000));
        return new MediaView(
                picture.id(),
                picture.fileName(),
                picture.alt(),
                picture.caption(),
                picture.credit(),
                picture.width(),
                picture.height(),
                picture.bytes(),
                picture.contentType(),
                picture.animated(),
                picture.uploaderName(),
                picture.uploadedAt(),
                picture.master(),
                picture.sizes(),
                webp);
    }
}
