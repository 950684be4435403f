package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.RawHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Absolute links come from gazette.base-url (here unset: this machine), never from the request. */
@AppTest
class HostHeaderTest {

    private static final Pattern ARTICLE = Pattern.compile("href=\"(/\\d{4}/\\d{2}/[^\"#/]+)\"");

    @Value("${local.server.port}")
    int port;

    @Test
    void hostAndForwardedHostNeverReachAPublicPageFeedOrSitemap() throws Exception {
        String home = new Browser(port).get("/").body();
        Matcher article = ARTICLE.matcher(home);
        assertThat(article.find()).isTrue();
        String permalink = article.group(1);
        String month = permalink.substring(0, 8);
        List<String> paths = new ArrayList<>(List.of(
                "/",
                "/?page=2",
                permalink,
                permalink + ".html",
                permalink + "/feed.atom",
                permalink + "/feed.xml",
                month,
                month.substring(0, 5),
                "/label/Gazette",
                "/search?q=gazette",
                "/feeds/posts/default",
                "/feeds/posts/default?alt=rss",
                "/feed.atom",
                "/feed.xml",
                "/feeds/comments/default",
                "/label/Gazette/feed.atom",
                "/label/Gazette/feed.xml",
                "/sitemap.xml",
                "/news-sitemap.xml",
                "/robots.txt",
                "/no/such/page"));
        for (String path : paths) {
            for (String header : List.of("Host: evil.example", "Host: localhost\r\nX-Forwarded-Host: evil.example")) {
                RawHttp.Response response = RawHttp.send(port, "GET " + path + " HTTP/1.0\r\n" + header);

                assertThat(response.status()).as(path).isLessThan(500);
                assertThat(response.headers().map().toString() + response.body())
                        .as(path + " with " + header)
                        .doesNotContain("evil.example");
            }
        }
        String canonical =
                RawHttp.send(port, "GET / HTTP/1.0\r\nHost: evil.example").body();
        assertThat(canonical).contains("<link rel=\"canonical\" href=\"http://localhost:" + port + "/\">");
    }
}
