package app.gazette.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleWriter;
import app.gazette.article.NewArticle;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.user.UserService;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Titles, descriptions, canonical links, OpenGraph, Twitter cards and JSON-LD on reader pages. */
@AppTest
class PageMetadataTest {

    static final String TITLE = "Council & \"friends\" </script><script>alert(1)</script> approve budget";

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleWriter writer;

    @Autowired
    UserService users;

    @Autowired
    ArticleAdmin admin;

    static String permalink;
    Browser browser;

    @BeforeEach
    void article() {
        browser = new Browser(port);
        if (permalink == null) {
            long author = users.findOrCreateAuthor("meta-writer", "Meta Writer");
            long id = writer.create(new NewArticle(
                    TITLE,
                    null,
                    "The council met. ".repeat(30),
                    List.of("Council", "Money"),
                    author,
                    Instant.now().minusSeconds(30)));
            permalink = admin.edit(id, "admin").permalink();
        }
    }

    @Test
    void articlePagesDescribeThemselvesForSearchEnginesAndSocialSites() throws Exception {
        Document page = Jsoup.parse(browser.get(permalink).body());
        String base = "http://localhost:" + port;

        assertThat(page.title()).startsWith(TITLE);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        String description = page.selectFirst("meta[name=description]").attr("content");
        assertThat(description).startsWith("The council met.").hasSizeLessThanOrEqualTo(160);
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(base + permalink);
        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(TITLE);
        assertThat(page.select("meta[property=article:tag]").eachAttr("content"))
                .containsExactly("Council", "Money");
        assertThat(page.selectFirst("meta[property=article:published_time]").attr("content"))
                .isNotBlank();
        assertThat(page.selectFirst("meta[property=article:modified_time]").attr("content"))
                .isNotBlank();
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");

        Element ld = page.selectFirst("script[type=application/ld+json]");
        assertThat(ld.data()).doesNotContain("</script", "<script");
        JsonNode json = JsonMapper.builder().build().readTree(ld.data());
        assertThat(json.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(json.get("headline").asString()).isEqualTo(TITLE);
        assertThat(json.get("datePublished").asString()).isNotBlank();
        assertThat(json.get("dateModified").asString()).isNotBlank();
        assertThat(json.get("author").get("@type").asString()).isEqualTo("Person");
        assertThat(json.get("author").get("url").asString()).isEqualTo(base + "/author/meta-writer");
        assertThat(json.get("publisher").get("@type").asString()).isEqualTo("Organization");
        assertThat(page.select("script:not([type=application/ld+json])").stream()
                        .filter(script -> !script.hasAttr("src")))
                .isEmpty();
    }

    @Test
    void theHomePageDeclaresTheSiteAndItsSearch() throws Exception {
        Document home = Jsoup.parse(browser.get("/").body());

        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(home.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.get("@type").asString()).isEqualTo("WebSite");
        assertThat(json.get("potentialAction").get("target").asString()).endsWith("/search?q={search_term_string}");
        assertThat(home.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:" + port + "/");
        assertThat(home.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("website");
    }

    @Test
    void theAuthorPageListsTheirArticles() throws Exception {
        Document page = Jsoup.parse(browser.get("/author/meta-writer").body());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Posts by Meta Writer");
        assertThat(page.select("h3.post-title a").eachText()).contains(TITLE);
        assertThat(browser.get("/author/nobody-at-all").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/label/Money", "/author/meta-writer", "/?page=2"})
    void listPagesHaveOneH1NoDuplicateIdsAndADescription(String path) throws Exception {
        assertValid(Jsoup.parse(browser.get(path).body()));
    }

    @Test
    void articlePagesHaveOneH1AndNoDuplicateIds() throws Exception {
        assertValid(Jsoup.parse(browser.get(permalink).body()));
    }

    private static void assertValid(Document page) {
        assertThat(page.select("h1")).hasSize(1);
        Set<String> ids = new HashSet<>();
        page.select("[id]")
                .forEach(element -> assertThat(ids.add(element.id()))
                        .as("duplicate id " + element.id())
                        .isTrue());
        assertThat(page.selectFirst("meta[name=description]")).isNotNull();
        assertThat(page.selectFirst("title").text()).isNotBlank();
    }
}
