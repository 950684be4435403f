package app.gazette.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedBodiesTest {

    static final String BASE = "https://news.example";

    @Test
    void siteRelativeLinksPicturesAndSrcsetsBecomeAbsolute() {
        String html =
                "<figure><picture><source type=\"image/webp\" srcset=\"/media/a-320.webp 320w, /media/a-640.webp 640w\">"
                        + "<img src=\"/media/a-960.jpg\" srcset=\"/media/a-320.jpg 320w, /media/a-960.jpg 960w\" alt=\"A\"></picture>"
                        + "</figure><p><a href=\"/labels/Town\">Town</a></p>";

        String feed = FeedBodies.absolute(html, BASE);

        assertThat(feed)
                .contains(
                        "srcset=\"https://news.example/media/a-320.webp 320w, https://news.example/media/a-640.webp 640w\"")
                .contains("src=\"https://news.example/media/a-960.jpg\"")
                .contains(
                        "srcset=\"https://news.example/media/a-320.jpg 320w, https://news.example/media/a-960.jpg 960w\"")
                .contains("href=\"https://news.example/labels/Town\"");
    }

    @Test
    void absoluteProtocolRelativeAndFragmentAddressesStayAsTheyAre() {
        String html = "<p><a href=\"https://other.example/x\">x</a> <img src=\"//cdn.example/b.jpg\" alt=\"\">"
                + " <a href=\"#note\">note</a> <a href=\"mailto:desk@news.example\">desk</a></p>";

        assertThat(FeedBodies.absolute(html, BASE)).isEqualTo(html);
    }

    @Test
    void bodiesWithoutSiteRelativeAddressesAreReturnedUntouched() {
        String html = "<p>Plain &amp; simple</p>";

        assertThat(FeedBodies.absolute(html, BASE)).isSameAs(html);
    }
}
