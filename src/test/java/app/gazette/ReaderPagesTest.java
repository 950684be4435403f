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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

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
    void homePageShowsArticlesUnderDateHeadersWithTheSidebar() throws Exception {
        String html = browser.get("/").body();

        assertThat(html).contains("class=\"post-title\"", "class=\"date-header\"", "Labels", "Blog archive");
    }

    @Test
    void unknownPagesGetThe404PageInTheSiteLayout() throws Exception {
        HttpResponse<String> response = browser.get("/2019/02/no-such-article");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found", "class=\"masthead\"", "Back to the home page");
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
