package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.shared.SiteFormats;
import app.gazette.support.AppTest;
import app.gazette.support.SignedInBrowser;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** An editor's day: log in, write, preview, publish, and find the article on the home page. */
@AppTest
class NewsroomFlowTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    SiteFormats formats;

    @Autowired
    Clock clock;

    @Test
    void logInWritePreviewPublishAndReadItOnTheHomePageUnderTodaysHeader() throws Exception {
        SignedInBrowser browser = new SignedInBrowser(port);
        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);

        HttpResponse<String> login = browser.logIn("admin", AppTest.ADMIN_PASSWORD);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/admin"));
        assertThat(browser.get("/admin").body()).contains("Dashboard");

        Map<String, String> article = Map.of(
                "title",
                "Flood defences finished",
                "slug",
                "",
                "excerpt",
                "",
                "body",
                "The **new wall** is finished.",
                "labels",
                "Weather",
                "publishAt",
                "",
                "commentsOpen",
                "true");
        String preview = browser.submit(
                        "/admin/articles/new", "/admin/preview", Map.of("markdown", article.get("body")))
                .body();
        assertThat(preview).isEqualTo("<p>The <strong>new wall</strong> is finished.</p>\n");

        Map<String, String> publish = new java.util.HashMap<>(article);
        publish.put("action", "publish");
        HttpResponse<String> saved = browser.submit("/admin/articles/new", "/admin/articles", publish);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(browser.get(java.net
                                .URI
                                .create(saved.headers().firstValue("Location").orElseThrow())
                                .getPath())
                        .body())
                .contains("Published.");

        String home = browser.get("/").body();
        String today = formats.dateHeader(formats.dayOf(clock.instant()));
        int header = home.indexOf(today);
        assertThat(header).isNotNegative();
        assertThat(home.indexOf("Flood defences finished")).isGreaterThan(header);
        assertThat(home.substring(header, home.indexOf("Flood defences finished")))
                .doesNotContain("date-header");
    }

    @Test
    void aWrongPasswordShowsTheLoginPageWithAMessage() throws Exception {
        SignedInBrowser browser = new SignedInBrowser(port);

        HttpResponse<String> failed = browser.logIn("admin", "wrong password");

        assertThat(failed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(browser.get("/login?error").body()).contains("Wrong login or password");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
    }
}
