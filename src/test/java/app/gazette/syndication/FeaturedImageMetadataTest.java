package app.gazette.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.EditAction;
import app.gazette.article.FeaturedDraft;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.FakeMedia;
import app.gazette.user.UserService;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An article's featured picture on its page, in OpenGraph, the Twitter card and the NewsArticle JSON-LD. */
@AppTest
@Import(FeaturedImageMetadataTest.KnownPictures.class)
class FeaturedImageMetadataTest {

    /** Pictures of known sizes in place of the real library, so the expected URLs are fixed. */
    @TestConfiguration(proxyBeanMethods = false)
    static class KnownPictures {
        @Bean
        @Primary
        FakeMedia.Library knownPictures() {
            return new FakeMedia.Library();
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    UserService users;

    @Autowired
    FakeMedia.Library library;

    String publish(String title, FeaturedDraft featured) {
        users.findOrCreateAuthor("picture-writer", "Picture Writer");
        long id = editor.create(
                new ArticleDraft(title, "", null, "Text of " + title, List.of(), null, true, featured),
                EditAction.PUBLISH,
                "picture-writer");
        return admin.edit(id, "admin").permalink();
    }

    @Test
    void aFeaturedPictureIsALargeLinkPreviewAndTheArticlesJsonLdImage() throws Exception {
        library.put(FakeMedia.picture(501, "harbour", 2400, 1600, "Library alt"));
        String permalink = publish("Harbour opens", new FeaturedDraft(501L, "Boats at the quay", "The quay", "Ada"));
        String base = "http://localhost:" + port;

        Document page = Jsoup.parse(new Browser(port).get(permalink).body());

        assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo(base + "/media/harbour-1280.jpg");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content"))
                .isEqualTo("1280");
        assertThat(page.selectFirst("meta[property=og:image:height]").attr("content"))
                .isEqualTo("853");
        assertThat(page.selectFirst("meta[property=og:image:alt]").attr("content"))
                .isEqualTo("Boats at the quay");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        JsonNode ld = JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("image").get(0).asString()).isEqualTo(base + "/media/harbour-1280.jpg");

        Element figure = page.selectFirst("article figure.featured");
        Element image = figure.selectFirst("img");
        assertThat(image.attr("src")).isEqualTo("/media/harbour-960.jpg");
        assertThat(image.attr("srcset")).contains("/media/harbour-320.jpg 320w", "/media/harbour.jpg 2400w");
        assertThat(image.attr("width")).isEqualTo("2400");
        assertThat(image.attr("height")).isEqualTo("1600");
        assertThat(image.attr("alt")).isEqualTo("Boats at the quay");
        assertThat(image.attr("fetchpriority")).isEqualTo("high");
        assertThat(image.hasAttr("loading")).isFalse();
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("The quay — Ada");
    }

    @Test
    void anArticleWithoutAPictureKeepsTheSmallCard() throws Exception {
        String permalink = publish("Council meets", FeaturedDraft.NONE);

        Document page = Jsoup.parse(new Browser(port).get(permalink).body());

        assertThat(page.select("meta[property=og:image]")).isEmpty();
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(page.select("article figure.featured")).isEmpty();
    }
}
