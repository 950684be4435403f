package app.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleWriter;
import app.gazette.article.NewArticle;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.Corpora;
import app.gazette.user.UserService;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The search page through the real server on H2: every corpus entry answers 200 with nothing unescaped. */
@AppTest
class SearchPagesTest {

    private static final List<String> TAGS = List.of("<script", "<img", "<svg", "<iframe", "<input onfocus");

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

    static List<String> files() {
        return Corpora.files();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyCorpusEntryGetsAPageWithNothingUnescaped(String file) throws Exception {
        long author = users.findOrCreateAuthor("corpus", "Corpus Author");
        writer.create(new NewArticle(
                "Payloads <script>alert(1)</script> admin' OR 1=1",
                null,
                String.join("\n\n", Corpora.entries("xss/xss_payloads_quick.txt")),
                List.of("<svg onload=alert(1)>"),
                author,
                Instant.now().minusSeconds(5)));
        List<String> failures = new ArrayList<>();
        for (String entry : Corpora.entries(file)) {
            String path = "/search?q=" + URLEncoder.encode(entry, StandardCharsets.UTF_8);
            HttpResponse<String> response = browser.get(path);
            String page = response.body().toLowerCase(Locale.ROOT);
            // Tomcat itself refuses a request line over 8 KB (one JSFuck line): 400, not a 500
            int expected = path.length() > 8000 ? 400 : 200;
            if (response.statusCode() != expected || TAGS.stream().anyMatch(page::contains)) {
                failures.add(response.statusCode() + " for " + entry);
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%00",
                "a%0D%0Ab",
                "%C0%AF",
                "%E0%80%AF",
                "%ED%A0%80",
                "%F4%90%80%80",
                "%25",
                "%25u0041",
                "a&q=b",
                "x&page=99999999999",
                "x&page=2147483647"
            })
    void brokenEncodingsAndControlCharactersNeverGiveA500(String raw) throws Exception {
        HttpResponse<String> response = browser.get("/search?q=" + raw);

        assertThat(response.statusCode()).isLessThan(500);
    }

    /** 3,200 characters: near Tomcat's 8 KB request-line limit, beyond which it answers 400 itself. */
    @Test
    void veryLongQueryIsAnsweredAndCutTo200Characters() throws Exception {
        HttpResponse<String> response = browser.get("/search?q=" + "gazette+".repeat(400));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("value=\"" + "gazette ".repeat(25).strip() + "\"");
    }

    @Test
    void welcomeArticleIsFoundWithItsMarkedSnippet() throws Exception {
        String page = browser.get("/search?q=welcome").body();

        assertThat(page).contains("Welcome to Gazette", "<mark>", "value=\"welcome\"");
    }
}
