package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.pagecache.ContentVersion;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A WordPress post behind a password (title, body, excerpt and comment all hold "zanzibarquux")
 * is imported as a draft: no reader surface shows any of it — its page, the lists, every feed,
 * the sitemaps, search, and the JSON-LD and meta description of the pages that are shown.
 */
@AppTest
class ProtectedPostsFlowTest {

    private static final String SECRET = "zanzibarquux";
    private static final Pattern SITEMAP_PART = Pattern.compile("/sitemap-\\d+\\.xml");

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentVersion contentVersion;

    ImportSteps steps;

    @BeforeEach
    void signIn() throws Exception {
        steps = new ImportSteps(port, jdbc);
    }

    @AfterEach
    void removeImported() {
        steps.removeImported(contentVersion);
    }

    @Test
    void aPasswordProtectedPostIsOnNoPublicSurface() throws Exception {
        steps.importing("wordpress-https-ferry.xml");
        assertThat(jdbc.queryForObject("SELECT status FROM articles WHERE title LIKE '%" + SECRET + "%'", String.class))
                .isEqualTo("DRAFT");
        Browser reader = new Browser(port);

        assertThat(reader.get("/2019/01/members-only-budget").statusCode()).isEqualTo(404);
        List<String> shown = new ArrayList<>(List.of(
                "/",
                "/label/Markup",
                "/2019/01",
                "/2019",
                "/author/ada",
                "/feeds/posts/default",
                "/feed.xml",
                "/label/Markup/feed.atom",
                "/label/Markup/feed.xml",
                "/author/ada/feed.atom",
                "/feeds/comments/default",
                "/sitemap.xml",
                "/news-sitemap.xml",
                "/search?q=members",
                "/2019/01/rain-closes-the-ferry",
                "/2019/01/ferry-timetable"));
        Matcher parts = SITEMAP_PART.matcher(reader.get("/sitemap.xml").body());
        while (parts.find()) {
            shown.add(parts.group());
        }
        for (String path : shown) {
            HttpResponse<String> page = reader.get(path);
            assertThat(page.body()).as(path).doesNotContainIgnoringCase(SECRET).doesNotContain("members-only");
        }
        String found = reader.get("/search?q=" + SECRET).body();
        assertThat(found).as("the query is shown, nothing found").doesNotContain("Members only", "members-only");
        assertThat(reader.get("/label/Markup").body()).as("the list is there").contains("Rain closes the ferry");
    }
}
