package app.gazette.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleWriter;
import app.gazette.article.NewArticle;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.user.UserService;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Sitemaps and robots.txt through the real server, parsed as namespaced XML. */
@AppTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:gazette-sitemap-test;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitemapFlowTest {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String FRESH = "Harbour opens & ships <arrive>";

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleWriter writer;

    @Autowired
    UserService users;

    Browser browser;
    Instant freshAt;

    @BeforeAll
    void articles() {
        browser = new Browser(port);
        long ada = users.findOrCreateAuthor("ada", "Ada Whitlock");
        freshAt = Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        writer.create(new NewArticle(FRESH, null, "Body", List.of("Harbour"), ada, freshAt));
        writer.create(new NewArticle(
                "Older harbour news", null, "Body", List.of("Harbour"), ada, Instant.parse("2019-02-09T10:00:00Z")));
        writer.create(new NewArticle("Unfinished piece", null, "Body", List.of("Secret label"), ada, null));
        writer.create(new NewArticle(
                "Tomorrow piece", null, "Body", List.of(), ada, Instant.now().plus(Duration.ofDays(1))));
    }

    Document xml(String path) throws Exception {
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
    }

    static List<Element> elements(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static String child(Element parent, String namespace, String name) {
        return parent.getElementsByTagNameNS(namespace, name).item(0).getTextContent();
    }

    @Test
    void sitemapListsHomeLabelsMonthsAndVisibleArticlesWithLastmod() throws Exception {
        Document sitemap = xml("/sitemap.xml");
        String base = browser.origin();

        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        List<Element> urls = elements(sitemap, NS, "url");
        List<String> locs = urls.stream().map(url -> child(url, NS, "loc")).toList();
        assertThat(locs)
                .contains(base + "/", base + "/label/Harbour", base + "/2019/02", base + "/2019/02/older-harbour-news");
        assertThat(locs)
                .noneMatch(loc -> loc.contains("unfinished") || loc.contains("tomorrow") || loc.contains("Secret"));
        Element older = urls.get(locs.indexOf(base + "/2019/02/older-harbour-news"));
        assertThat(Instant.parse(child(older, NS, "lastmod"))).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void oneSitemapNeedsNoIndexAndHasNoSecondPart() throws Exception {
        assertThat(elements(xml("/sitemap-1.xml"), NS, "url")).isNotEmpty();
        assertThat(browser.get("/sitemap-2.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void newsSitemapHasOnlyTheLastTwoDaysInGoogleNewsFormat() throws Exception {
        Document news = xml("/news-sitemap.xml");

        assertThat(news.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        List<Element> items = elements(news, NEWS, "news");
        assertThat(items)
                .extracting(item -> child(item, NEWS, "title"))
                .containsExactlyInAnyOrder(FRESH, "Welcome to Gazette");
        Element item = items.stream()
                .filter(i -> child(i, NEWS, "title").equals(FRESH))
                .findFirst()
                .orElseThrow();
        assertThat(child(item, NEWS, "name")).isEqualTo("Gazette");
        assertThat(child(item, NEWS, "language")).isEqualTo("en");
        assertThat(OffsetDateTime.parse(child(item, NEWS, "publication_date")).toInstant())
                .isEqualTo(freshAt);
        assertThat(child((Element) item.getParentNode(), NS, "loc"))
                .startsWith(
                        browser.origin() + "/" + freshAt.atZone(ZoneOffset.UTC).getYear() + "/");
    }

    @Test
    void robotsPointToBothSitemapsAndKeepCrawlersOutOfTheNewsroom() throws Exception {
        HttpResponse<String> robots = browser.get("/robots.txt");

        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(robots.body()).isEqualTo("""
                User-agent: *
                Disallow: /admin
                Disallow: /login

                Sitemap: %1$s/sitemap.xml
                Sitemap: %1$s/news-sitemap.xml
                """.formatted(browser.origin()));
    }
}
