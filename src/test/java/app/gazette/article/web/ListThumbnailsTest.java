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
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every reader list and the search results show an article's featured picture as a small linked
 * thumbnail (responsive, sized, with the article's alt; lazy but for the page's first entry), and
 * nothing in its place for an article without one.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListThumbnailsTest {

    static final String SIZES = "(min-width: 36rem) 12rem, 6rem";

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

    @Autowired
    Clock clock;

    MediaView picture;
    String pictured;
    String plain;
    String older;
    String month;
    String year;

    @BeforeAll
    void articles() {
        long author = users.findOrCreateAuthor("thumb-writer", "Thea Thumb");
        picture = Pictures.upload(library, "lighthouse.jpg", 1600, 1000, "Library alt", author);
        // a second or three ago: other tests of the shared site may have just published many articles
        Instant now = clock.instant();
        pictured = publish("Thumbnailia lighthouse", author, now.minusSeconds(1), "The lighthouse at dusk");
        plain = publish("Thumbnailia council", author, now.minusSeconds(2), null);
        older = publish("Thumbnailia harbour", author, now.minusSeconds(3), "");
        YearMonth current = YearMonth.from(now.minusSeconds(1).atZone(ZoneOffset.UTC));
        month = String.format("/%1$tY/%1$tm", current);
        year = month.substring(0, 5);
    }

    String publish(String title, long author, Instant at, String alt) {
        FeaturedDraft featured = alt == null ? FeaturedDraft.NONE : new FeaturedDraft(picture.id(), alt, "", "");
        long id = writer.create(
                new NewArticle(title, null, "Text of " + title, List.of("Thumbnailia"), author, at, featured));
        return admin.edit(id, "admin").permalink();
    }

    Document page(String path) throws Exception {
        var response = new Browser(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** The list entry (or search result) whose title links to this permalink. */
    static Element entry(Document page, String permalink) {
        return page.selectFirst("article.entry:has(.post-title a[href=\"" + permalink + "\"])");
    }

    /**
     * The entry on this page or an older one: other tests of the shared site may have published
     * articles between these, pushing some onto the next page of the home, month and year lists.
     */
    Element find(Document page, String permalink) throws Exception {
        for (int pages = 0; pages < 10; pages++) {
            Element entry = entry(page, permalink);
            Element older = page.selectFirst(".pager a.older");
            if (entry != null || older == null) {
                return entry;
            }
            page = page(older.attr("href"));
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/label/Thumbnailia", "MONTH", "YEAR", "/author/thumb-writer", "/search?q=thumbnailia"})
    void picturedArticlesShowALinkedResponsiveThumbnailAndOthersNothing(String list) throws Exception {
        Document page = page(list.replace("MONTH", month).replace("YEAR", year));

        Element link = find(page, pictured).selectFirst("a.post-thumb");
        assertThat(link.attr("href")).isEqualTo(pictured);
        assertThat(link.attr("aria-hidden")).as("the title is the same link").isEqualTo("true");
        assertThat(link.attr("tabindex")).isEqualTo("-1");
        Element image = link.selectFirst("picture > img");
        assertThat(image.attr("src"))
                .startsWith("/media/")
                .isEqualTo(picture.atLeast(320).url());
        assertThat(image.attr("srcset")).isEqualTo(picture.srcset()).contains(" 320w", " 1600w");
        assertThat(image.attr("sizes")).isEqualTo(SIZES);
        assertThat(image.attr("width")).isEqualTo("320");
        assertThat(image.attr("height")).isEqualTo("200");
        assertThat(image.attr("alt")).isEqualTo("The lighthouse at dusk");
        assertThat(image.attr("decoding")).isEqualTo("async");
        Elements webp = link.select("picture > source[type=image/webp]");
        if (picture.webp().isEmpty()) {
            assertThat(webp).isEmpty();
        } else {
            assertThat(webp.attr("srcset")).isEqualTo(picture.webpSrcset());
            assertThat(webp.attr("sizes")).isEqualTo(SIZES);
        }
        assertThat(find(page, plain).select(".post-thumb, img")).isEmpty();
        assertThat(find(page, older).selectFirst("a.post-thumb img").attr("alt"))
                .as("a blank alt falls back to the library's")
                .isEqualTo("Library alt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/label/Thumbnailia", "/search?q=thumbnailia"})
    void onlyThePagesFirstEntryLoadsAtOnce(String list) throws Exception {
        Document page = page(list);

        assertThat(page.select("article.entry").first()).isEqualTo(entry(page, pictured));
        assertThat(entry(page, pictured).selectFirst("a.post-thumb img").hasAttr("loading"))
                .isFalse();
        assertThat(entry(page, older).selectFirst("a.post-thumb img").attr("loading"))
                .isEqualTo("lazy");
    }
}
