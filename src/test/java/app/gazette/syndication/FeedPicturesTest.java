package app.gazette.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.FeaturedView;
import app.gazette.article.FeedArticle;
import app.gazette.media.MediaSize;
import app.gazette.media.MediaView;
import app.gazette.support.FakeMedia;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An article's featured picture travels in both feed formats as an enclosure and a Media RSS
 * {@code media:content}: the file at least 1200 px wide, by an absolute URL, with its length, size and alt.
 */
class FeedPicturesTest {

    static final String MEDIA_NS = "http://search.yahoo.com/mrss/";
    static final String BASE = "https://x.test";

    static FeedArticle pictured(MediaView picture, String alt) {
        FeedArticle plain = FeedBuilderTest.ARTICLE;
        return new FeedArticle(
                plain.id(),
                plain.title(),
                plain.permalink(),
                plain.authorName(),
                plain.publishedAt(),
                plain.updatedAt(),
                plain.labels(),
                plain.summary(),
                plain.bodyHtml(),
                FeaturedView.of(picture, alt, null, null));
    }

    static String write(FeedFormat format, FeedArticle article) {
        return format.write(FeedBuilderTest.builder(true)
                .articles(
                        format == FeedFormat.RSS ? FeedBuilderTest.RSS_HEAD : FeedBuilderTest.HEAD,
                        BASE,
                        List.of(article)));
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void theEnclosureIsTheFileAtLeast1200PixelsWideByAnAbsoluteUrl(FeedFormat format) throws Exception {
        FeedArticle article = pictured(FakeMedia.picture(5, "harbour", 2400, 1600, "Library alt"), "Boats & quay");

        SyndEntry entry = new SyndFeedInput()
                .build(new StringReader(write(format, article)))
                .getEntries()
                .get(0);

        assertThat(entry.getEnclosures()).hasSize(1);
        SyndEnclosure enclosure = entry.getEnclosures().get(0);
        assertThat(enclosure.getUrl()).isEqualTo("https://x.test/media/harbour-1280.jpg");
        assertThat(enclosure.getType()).isEqualTo("image/jpeg");
        assertThat(enclosure.getLength()).isEqualTo(128_000);
        Element content = mediaContent(FeedBuilderTest.xml(write(format, article)));
        assertThat(content.getAttribute("url")).isEqualTo("https://x.test/media/harbour-1280.jpg");
        assertThat(content.getAttribute("medium")).isEqualTo("image");
        assertThat(content.getAttribute("width")).isEqualTo("1280");
        assertThat(content.getAttribute("height")).isEqualTo("853");
        assertThat(content.getAttribute("fileSize")).isEqualTo("128000");
        assertThat(content.getElementsByTagNameNS(MEDIA_NS, "description")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Boats & quay");
    }

    @Test
    void atomCarriesItAsALinkRelEnclosureAndRssAsAnEnclosureElement() throws Exception {
        FeedArticle article = pictured(FakeMedia.picture(5, "harbour", 2400, 1600, "Library alt"), "Boats");

        Document atom = FeedBuilderTest.xml(write(FeedFormat.ATOM, article));
        Document rss = FeedBuilderTest.xml(write(FeedFormat.RSS, article));

        Element entry = (Element)
                atom.getElementsByTagNameNS(FeedBuilderTest.ATOM_NS, "entry").item(0);
        List<Element> enclosures = children(entry, FeedBuilderTest.ATOM_NS, "link").stream()
                .filter(link -> link.getAttribute("rel").equals("enclosure"))
                .toList();
        assertThat(enclosures).singleElement().satisfies(link -> {
            assertThat(link.getAttribute("href")).isEqualTo("https://x.test/media/harbour-1280.jpg");
            assertThat(link.getAttribute("type")).isEqualTo("image/jpeg");
            assertThat(link.getAttribute("length")).isEqualTo("128000");
        });
        Element enclosure = (Element) rss.getElementsByTagName("enclosure").item(0);
        assertThat(enclosure.getAttribute("url")).isEqualTo("https://x.test/media/harbour-1280.jpg");
        assertThat(enclosure.getAttribute("length")).isEqualTo("128000");
        assertThat(enclosure.getAttribute("type")).isEqualTo("image/jpeg");
    }

    @Test
    void aSmallPictureSendsItsMasterAndACdnUrlStaysAsItIs() throws Exception {
        MediaSize master = new MediaSize(900, 600, "https://cdn.example/media/small.png", "image/png", 4321);
        MediaView small = new MediaView(
                6,
                "small.png",
                "",
                "",
                "",
                900,
                600,
                4321,
                "image/png",
                false,
                "Ada",
                null,
                master,
                List.of(master),
                List.of());

        Element content = mediaContent(FeedBuilderTest.xml(write(FeedFormat.RSS, pictured(small, null))));

        assertThat(content.getAttribute("url")).isEqualTo("https://cdn.example/media/small.png");
        assertThat(content.getAttribute("type")).isEqualTo("image/png");
        assertThat(content.getAttribute("width")).isEqualTo("900");
        assertThat(content.getElementsByTagNameNS(MEDIA_NS, "description").getLength())
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void anArticleWithoutAPictureHasNoEnclosure(FeedFormat format) throws Exception {
        String feed = write(format, FeedBuilderTest.ARTICLE);

        assertThat(feed).doesNotContain("enclosure").doesNotContain(MEDIA_NS);
    }

    @Test
    void protocolRelativeMediaUrlsTakeTheSitesScheme() {
        assertThat(FeedPictures.absolute("//cdn.example/a.jpg", "https://x.test"))
                .isEqualTo("https://cdn.example/a.jpg");
        assertThat(FeedPictures.absolute("/media/a.jpg", "https://x.test/news"))
                .isEqualTo("https://x.test/news/media/a.jpg");
    }

    private static Element mediaContent(Document feed) {
        return (Element) feed.getElementsByTagNameNS(MEDIA_NS, "content").item(0);
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
