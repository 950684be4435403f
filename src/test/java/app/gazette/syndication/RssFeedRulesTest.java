package app.gazette.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleService;
import app.gazette.article.ArticleWriter;
import app.gazette.article.FeaturedDraft;
import app.gazette.article.NewArticle;
import app.gazette.comment.CommentService;
import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaView;
import app.gazette.support.AppTest;
import app.gazette.support.Pictures;
import app.gazette.user.UserService;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every RSS feed as served passes the feed validator's rules the outside run found broken: it names
 * itself (atom:link rel="self"), says its date and language once, and every item has a description;
 * an article's featured picture is an enclosure and a media:content by an absolute URL.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RssFeedRulesTest {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    static final String MEDIA_NS = "http://search.yahoo.com/mrss/";

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleWriter writer;

    @Autowired
    ArticleService articles;

    @Autowired
    CommentService comments;

    @Autowired
    UserService users;

    @Autowired
    MediaLibrary library;

    final HttpClient http = HttpClient.newHttpClient();
    String article;

    @BeforeAll
    void anArticleWithAComment() {
        long author = users.findOrCreateAuthor("rss-rules", "Rita Rules");
        MediaView picture = Pictures.upload(library, "rules.jpg", 1600, 1000, "A rule book", author);
        long id = writer.create(new NewArticle(
                "Feeds by the rules",
                null,
                "Body",
                List.of("Rules"),
                author,
                Instant.now().minusSeconds(60),
                new FeaturedDraft(picture.id(), "A rule book", "", "")));
        comments.addApproved(id, "Reader", "reader@example.org", "A comment & more", Instant.now());
        article = articles.findVisible("feeds-by-the-rules").orElseThrow().permalink();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/feed.xml",
                "/feeds/posts/default?alt=rss",
                "/label/Rules/feed.xml",
                "/author/rss-rules/feed.xml",
                "/feeds/comments/default?alt=rss",
                "ARTICLE/feed.xml"
            })
    void rssFeedsNameThemselvesSayTheirDateAndLanguageOnceAndDescribeEveryItem(String path) throws Exception {
        String target = path.replace("ARTICLE", article);
        String url = "http://localhost:" + port + target;
        HttpResponse<byte[]> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document rss = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));

        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        Element self = (Element) channel.getElementsByTagNameNS(ATOM_NS, "link").item(0);
        assertThat(self).as("atom:link in " + path).isNotNull();
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).startsWith("http").endsWith(target);
        assertThat(rss.getElementsByTagNameNS(DC_NS, "date").getLength()).isZero();
        assertThat(rss.getElementsByTagNameNS(DC_NS, "language").getLength()).isZero();
        assertThat(rss.getElementsByTagName("language").getLength()).isEqualTo(1);
        NodeList items = rss.getElementsByTagName("item");
        assertThat(items.getLength()).isPositive();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            assertThat(item.getElementsByTagName("description").getLength())
                    .as("description of item " + i + " in " + path)
                    .isEqualTo(1);
            assertThat(item.getElementsByTagName("pubDate").getLength()).isEqualTo(1);
        }
        if (!path.contains("comments") && !path.startsWith("ARTICLE")) {
            assertPicturedItem(items);
        }
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("dc:date");
    }

    /** The article's item carries its picture (at least 1200 px wide) by an absolute URL. */
    private void assertPicturedItem(NodeList items) {
        Element item = null;
        for (int i = 0; i < items.getLength() && item == null; i++) {
            Element candidate = (Element) items.item(i);
            if (candidate.getElementsByTagName("link").item(0).getTextContent().endsWith(article)) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        Element enclosure = (Element) item.getElementsByTagName("enclosure").item(0);
        assertThat(enclosure.getAttribute("url")).startsWith("http://localhost:" + port + "/media/");
        assertThat(enclosure.getAttribute("type")).isEqualTo("image/jpeg");
        assertThat(Long.parseLong(enclosure.getAttribute("length"))).isPositive();
        Element content =
                (Element) item.getElementsByTagNameNS(MEDIA_NS, "content").item(0);
        assertThat(content.getAttribute("url")).isEqualTo(enclosure.getAttribute("url"));
        assertThat(Integer.parseInt(content.getAttribute("width"))).isGreaterThanOrEqualTo(1200);
        assertThat(content.getElementsByTagNameNS(MEDIA_NS, "description")
                        .item(0)
                        .getTextContent())
                .isEqualTo("A rule book");
    }
}
