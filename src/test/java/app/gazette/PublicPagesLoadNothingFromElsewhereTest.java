package app.gazette;

import static app.gazette.EveryPageTypeIsValidHtmlTest.first;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * No reader page makes the browser fetch anything from another origin (a font, a script, a picture,
 * a frame): every page type of the demo site, every article of its first two pages, and the
 * stylesheet. Links to other sites are fine: they load nothing until followed.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:gazette-html-test;DB_CLOSE_DELAY=-1",
            "gazette.admin.password=" + AppTest.ADMIN_PASSWORD,
            "gazette.comments.moderation=first-time",
            "gazette.comments.min-seconds=0"
        })
@ActiveProfiles("demo")
class PublicPagesLoadNothingFromElsewhereTest {

    /** What a browser loads by itself: its attribute holds one address, or a srcset's list. */
    private static final Map<String, String> LOADED = Map.of(
            "img[src]", "src",
            "img[srcset]", "srcset",
            "source[srcset]", "srcset",
            "source[src]", "src",
            "script[src]", "src",
            "iframe[src], embed[src], video[src], audio[src], track[src]", "src",
            "video[poster]", "poster",
            "object[data]", "data",
            "link[rel~=(?i)(stylesheet|icon|preload|prefetch|preconnect|manifest)]", "href");

    private static final Pattern CSS_URL = Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]+)");

    @Value("${local.server.port}")
    int port;

    @Test
    void everyReaderPageLoadsOnlyFromItsOwnOrigin() throws Exception {
        Browser reader = new Browser(port);
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/search", "/search?q=council", "/login"));
        String home = reader.get("/").body();
        String older = first("class=\"older\"[^>]*href=\"([^\"]+)\"", home).replace("&amp;", "&");
        paths.add(older);
        for (String list : List.of(home, reader.get(older).body())) {
            Matcher article =
                    Pattern.compile("href=\"(/\\d{4}/\\d{2}/[^\"#/?]+)\"").matcher(list);
            while (article.find()) {
                paths.add(article.group(1));
            }
        }
        String article =
                paths.stream().filter(p -> p.matches("/\\d{4}/.*")).findFirst().orElseThrow();
        paths.addAll(List.of(article.substring(0, 5), article.substring(0, 8), "/no-such-page"));
        paths.add(first("href=\"(/label/[^\"/]+)\"", home));
        paths.add(first("href=\"(/author/[^\"/]+)\"", reader.get(article).body()));
        assertThat(paths).hasSizeGreaterThan(15);

        List<String> foreign = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> page = reader.get(path);
            assertThat(page.statusCode()).as(path).isIn(200, 404);
            foreign.addAll(foreignLoads(path, Jsoup.parse(page.body(), reader.origin() + path)));
        }
        foreign.addAll(
                foreignInCss("/css/gazette.css", reader.get("/css/gazette.css").body()));
        assertThat(foreign).as("resources from another origin").isEmpty();
    }

    @Test
    void aForeignPictureOrStylesheetIsCaught() {
        Document page = Jsoup.parse(
                "<link rel=stylesheet href='https://cdn.example/x.css'><img src='/a.png'"
                        + " srcset='/a.png 1x, //cdn.example/b.png 2x'><a href='https://example.org/'>elsewhere</a>",
                "http://localhost:8080/");
        assertThat(foreignLoads("/", page)).hasSize(2);
        assertThat(foreignInCss("/x.css", "a{background:url(/i.png)} @import 'https://cdn.example/y.css';"))
                .hasSize(1);
    }

    private static List<String> foreignLoads(String path, Document page) {
        String origin = origin(page.location());
        List<String> foreign = new ArrayList<>();
        LOADED.forEach((selector, attribute) -> {
            for (Element element : page.select(selector)) {
                for (String url : addresses(element.attr(attribute), attribute.equals("srcset"))) {
                    if (!url.startsWith("data:")
                            && !origin(URI.create(page.location()).resolve(url).toString())
                                    .equals(origin)) {
                        foreign.add(path + ": <" + element.tagName() + " " + attribute + "=" + url + ">");
                    }
                }
            }
        });
        for (Element styled : page.select("style, [style]")) {
            foreign.addAll(foreignInCss(path, styled.nameIs("style") ? styled.data() : styled.attr("style")));
        }
        return foreign;
    }

    private static List<String> foreignInCss(String path, String css) {
        List<String> foreign = new ArrayList<>();
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            String address = url.group(1);
            if (address.startsWith("//")
                    || address.matches("(?i)^[a-z][a-z0-9+.-]*:.*") && !address.startsWith("data:")) {
                foreign.add(path + ": url(" + address + ")");
            }
        }
        return foreign;
    }

    private static List<String> addresses(String value, boolean srcset) {
        if (!srcset) {
            return List.of(value);
        }
        return List.of(value.split(",")).stream()
                .map(String::strip)
                .filter(candidate -> !candidate.isEmpty())
                .map(candidate -> candidate.split("\\s+")[0])
                .toList();
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }
}
