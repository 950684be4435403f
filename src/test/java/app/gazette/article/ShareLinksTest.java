package app.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.gazette.site.SiteAddress;
import app.gazette.support.Fixtures;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Share links point at the services' own share addresses with the article's absolute address and
 * title percent-encoded (spaces as %20, which mail clients read too), and at nothing else.
 */
class ShareLinksTest {

    static final String URL = "https://news.example.org/2019/02/fish-chips";
    static final String ENCODED_URL = "https%3A%2F%2Fnews.example.org%2F2019%2F02%2Ffish-chips";
    static final String ENCODED_TITLE = "Fish%20%26%20chips%3A%20100%25%20%C2%ABgood%C2%BB%3F%20%23tide";

    final SiteAddress address = mock(SiteAddress.class);

    Map<String, String> links() {
        when(address.base()).thenReturn("https://news.example.org");
        ArticleView article = Fixtures.article(7, "fish-chips", "Fish & chips: 100% \u00abgood\u00bb? #tide");
        ShareLinks.Share share = new ShareLinks(address).of(article);
        assertThat(share.url()).isEqualTo(URL);
        return share.links().stream()
                .collect(Collectors.toMap(
                        ShareLinks.ShareLink::service, ShareLinks.ShareLink::href, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void everyServiceGetsTheEncodedAddressAndTitle() {
        assertThat(links())
                .containsExactly(
                        Map.entry("email", "mailto:?subject=" + ENCODED_TITLE + "&body=" + ENCODED_URL),
                        Map.entry(
                                "x", "https://twitter.com/intent/tweet?text=" + ENCODED_TITLE + "&url=" + ENCODED_URL),
                        Map.entry("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + ENCODED_URL),
                        Map.entry("linkedin", "https://www.linkedin.com/sharing/share-offsite/?url=" + ENCODED_URL),
                        Map.entry("whatsapp", "https://wa.me/?text=" + ENCODED_TITLE + "%20" + ENCODED_URL),
                        Map.entry(
                                "bluesky",
                                "https://bsky.app/intent/compose?text=" + ENCODED_TITLE + "%20" + ENCODED_URL),
                        Map.entry(
                                "mastodon",
                                "https://mastodonshare.com/?text=" + ENCODED_TITLE + "&url=" + ENCODED_URL));
    }

    @Test
    void eachLinkIsAValidAddressWhoseParametersDecodeBackToTheArticle() {
        String x = links().get("x");

        URI uri = URI.create(x);
        assertThat(uri.getQuery()).isEqualTo("text=Fish & chips: 100% \u00abgood\u00bb? #tide&url=" + URL);
        assertThat(x).doesNotContain(" ", "+", "#");
    }
}
