package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleWriter;
import app.gazette.article.NewArticle;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.user.UserService;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.util.HtmlUtils;

/** Reader pages through the real server: no session, and error pages that give nothing away. */
@AppTest
class ReaderPagesTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleWriter writer;

    @Autowired
    UserService users;

    Browser browser;

    @BeforeEach
    void browser() {
        browser = new Browser(port);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/?page=2",
                "/label/Gazette",
                "/search/label/gazette",
                "/corrections",
                "/corrections?page=2",
                "/nope",
                "/1999",
                "/actuator/health",
                "/css/gazette.css"
            })
    void readersGetNoSessionCookie(String path) throws Exception {
        HttpResponse<String> response = browser.get(path);

        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?page=2147483647", "/label/Gazette?page=2147483647", "/label/GAZETTE?page=-1"})
    void pageNumbersPastTheEndShowTheLastPage(String path) throws Exception {
        HttpResponse<String> response = browser.get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Welcome to Gazette");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?page=0", "/?page=-2147483648"})
    void pageNumbersBeforeTheFirstShowTheFirstPage(String path) throws Exception {
        HttpResponse<String> response = browser.get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(browser.get("/").body());
    }

    @Test
    void labelsWithAPercentSignHaveAWorkingPage() throws Exception {
        long author = users.findOrCreateAuthor("percent", "Percent Author");
        writer.create(new NewArticle(
                "Turnout hits a record",
                null,
                "Body",
                List.of("100% local"),
                author,
                Instant.now().minusSeconds(5)));

        HttpResponse<String> response = browser.get("/label/100%25%20local");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Posts with the label 100% local", "Turnout hits a record");
    }

    @Test
    void labelsWithSlashBackslashSemicolonOrDotsHaveReachablePagesAndFeeds() throws Exception {
        List<String> names = List.of("Left/Right", "C:\\Path", "Tea; Coffee", ".", "..", "v1.0");
        long author = users.findOrCreateAuthor("oddlabels", "Odd Labels");
        writer.create(new NewArticle(
                "Labels with odd characters",
                null,
                "Body",
                names,
                author,
                Instant.now().minusSeconds(5)));
        String article = browser.get("/search?q=odd+characters").body();
        Matcher link = Pattern.compile("href=\"(/\\d{4}/\\d{2}/labels-with-odd-characters)\"")
                .matcher(article);
        assertThat(link.find()).isTrue();
        String page = browser.get(link.group(1)).body();

        for (String name : names) {
            String escaped = HtmlUtils.htmlEscape(name);
            Matcher label = Pattern.compile("<a href=\"([^\"]+)\" rel=\"tag\">" + Pattern.quote(escaped) + "</a>")
                    .matcher(page);
            assertThat(label.find()).as(name).isTrue();
            String url = HtmlUtils.htmlUnescape(label.group(1));
            HttpResponse<String> labelPage = browser.get(url);
            assertThat(labelPage.statusCode()).as(url).isEqualTo(200);
            assertThat(labelPage.body()).as(url).contains("Posts with the label " + escaped);
            Matcher feed = Pattern.compile("href=\"(" + Pattern.quote(label.group(1)) + "/feed\\.atom)\"")
                    .matcher(labelPage.body());
            assertThat(feed.find()).as(url).isTrue();
            HttpResponse<String> atom = browser.get(HtmlUtils.htmlUnescape(feed.group(1)));
            assertThat(atom.statusCode()).as(url).isEqualTo(200);
            assertThat(atom.body()).contains("Labels with odd characters");
        }
    }

    @Test
    void homePageShowsArticlesUnderDateHeadersWithTheSidebar() throws Exception {
        String html = browser.get("/").body();

        assertThat(html).contains("class=\"post-title\"", "class=\"date-header\"", "Labels", "Blog archive");
    }

    @Test
    void unknownPagesGetThe404PageInTheSiteLayoutWithTheSidebar() throws Exception {
        HttpResponse<String> response = browser.get("/2019/02/no-such-article");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("Page not found", "class=\"masthead\"", "Back to the home page", "class=\"sidebar\"");
    }

    @Test
    void unreadablePageNumberGetsTheBadRequestPage() throws Exception {
        HttpResponse<String> response = browser.get("/?page=abc");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Bad request").doesNotContain("NumberFormatException");
    }

    @Test
    void unexpectedErrorsShowThe500PageWithoutDetails() throws Exception {
        HttpResponse<String> response = browser.get("/test/failure");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Sorry, something went wrong")
                .doesNotContain("secret-detail", "IllegalStateException", "at app.gazette", "trace");
    }

    @Test
    void onlyTheHealthEndpointIsExposed() throws Exception {
        assertThat(browser.get("/actuator/health").body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components", "details", "diskSpace");
        assertThat(browser.get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(browser.get("/actuator").statusCode()).isEqualTo(404);
    }
}
