package app.gazette.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleWriter;
import app.gazette.article.FeaturedDraft;
import app.gazette.article.NewArticle;
import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaView;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.Pictures;
import app.gazette.user.UserService;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The end of an article page: up to five related stories (most shared labels first, then newest;
 * never itself, a draft, a scheduled article or one without a shared label) with their date and
 * thumbnail; plain share links to the absolute address; the reading time by the byline; no cookie.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticlePageExtrasTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleWriter writer;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    MediaLibrary library;

    @Autowired
    UserService users;

    long author;
    MediaView picture;
    String article;
    String lonely;

    @BeforeAll
    void articles() {
        author = users.findOrCreateAuthor("related-writer", "Rhea Related");
        picture = Pictures.upload(library, "ferry.jpg", 1200, 800, "Library alt", author);
        Instant now = Instant.now();
        article = publish("Relatia main", List.of("Relatia", "Relatib"), now.minusSeconds(10), "word ".repeat(920));
        publish("Relatia both, last week", List.of("Relatia", "Relatib"), now.minus(Duration.ofDays(7)), "x");
        publish("Relatia pictured", List.of("Relatia"), now.minusSeconds(60), "x", "The ferry at the pier");
        publish("Relatib only", List.of("Relatib"), now.minusSeconds(120), "x");
        publish("Relatia fourth", List.of("Relatia"), now.minusSeconds(180), "x");
        publish("Relatia fifth", List.of("Relatia"), now.minusSeconds(240), "x");
        publish("Relatia sixth", List.of("Relatia"), now.minusSeconds(300), "x");
        publish("Relatia scheduled", List.of("Relatia", "Relatib"), now.plus(Duration.ofDays(1)), "x");
        publish("Relatia draft", List.of("Relatia", "Relatib"), null, "x");
        publish("Unrelatia", List.of("Unrelatia"), now.minusSeconds(20), "x");
        lonely = publish("Relatic alone", List.of("Relatic"), now.minusSeconds(30), "x");
    }

    String publish(String title, List<String> labels, Instant at, String text, String... alt) {
        FeaturedDraft featured = alt.length == 0 ? FeaturedDraft.NONE : new FeaturedDraft(picture.id(), alt[0], "", "");
        long id = writer.create(new NewArticle(title, null, text, labels, author, at, featured));
        return admin.edit(id, "admin").permalink();
    }

    Document page(String path) throws Exception {
        HttpResponse<String> response = new Browser(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("readers get no cookie")
                .isEmpty();
        return Jsoup.parse(response.body());
    }

    @Test
    void relatedStoriesAreTheFiveSharingMostLabelsThenNewest() throws Exception {
        Document page = page(article);

        assertThat(page.select("section.related li .related-title"))
                .extracting(Element::text)
                .containsExactly(
                        "Relatia both, last week",
                        "Relatia pictured",
                        "Relatib only",
                        "Relatia fourth",
                        "Relatia fifth");
        Element first = page.selectFirst("section.related li");
        assertThat(first.selectFirst("time").attr("datetime")).endsWith("Z");
        assertThat(first.selectFirst("time").text()).matches("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}");
        assertThat(first.select(".post-thumb")).as("no picture, no thumbnail").isEmpty();
        Element thumb = page.select("section.related li").get(1).selectFirst("a.post-thumb");
        assertThat(thumb.attr("aria-hidden")).isEqualTo("true");
        assertThat(thumb.attr("href"))
                .isEqualTo(page.select("section.related li")
                        .get(1)
                        .selectFirst(".related-title")
                        .attr("href"));
        assertThat(thumb.selectFirst("img").attr("alt")).isEqualTo("The ferry at the pier");
        assertThat(thumb.selectFirst("img").attr("srcset")).isEqualTo(picture.srcset());
        assertThat(thumb.selectFirst("img").attr("loading")).isEqualTo("lazy");
    }

    @Test
    void anArticleSharingNoLabelHasNoRelatedSection() throws Exception {
        assertThat(page(lonely).select("section.related")).isEmpty();
    }

    @Test
    void shareLinksArePlainLinksToTheAbsoluteAddress() throws Exception {
        Document page = page(article);
        String encoded = "http%3A%2F%2Flocalhost%3A" + port + "%2F"
                + article.substring(1).replace("/", "%2F");

        List<Element> links = page.select("section.share a");
        assertThat(links)
                .extracting(Element::text)
                .containsExactly("Email", "X", "Facebook", "LinkedIn", "WhatsApp", "Bluesky", "Mastodon");
        assertThat(links).allSatisfy(link -> assertThat(link.attr("href")).contains(encoded));
        assertThat(links).allSatisfy(link -> assertThat(link.attr("rel")).contains("noopener"));
        assertThat(links.get(0).attr("href")).startsWith("mailto:?subject=Relatia%20main&body=");
        assertThat(links.get(0).hasAttr("target")).isFalse();
        assertThat(links.get(1).attr("target")).isEqualTo("_blank");
        Element device = page.selectFirst("section.share .share-device");
        assertThat(device.hasAttr("hidden"))
                .as("shown by script where the browser can share")
                .isTrue();
        assertThat(device.selectFirst("button").attr("data-url")).isEqualTo("http://localhost:" + port + article);
        assertThat(page.select("script[src]"))
                .extracting(script -> script.attr("src"))
                .anySatisfy(src -> assertThat(src).matches("/js/share(-[0-9a-f]+)?\\.js"));
        assertThat(page.select("section.share img, section.share script, section.share iframe"))
                .isEmpty();
    }

    @Test
    void theBylineTellsTheReadingTimeAndAFreshArticleIsNotUpdated() throws Exception {
        Document page = page(article);

        assertThat(page.selectFirst(".article-meta .reading-time").text()).isEqualTo("4 min read");
        assertThat(page.select(".article-meta .updated")).isEmpty();
        assertThat(page(lonely).selectFirst(".reading-time").text()).isEqualTo("1 min read");
    }
}
