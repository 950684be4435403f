package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleService;
import app.gazette.article.ArticleWriter;
import app.gazette.article.NewArticle;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.SignedInBrowser;
import app.gazette.user.UserService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Times written for machines (time elements, JSON-LD, Open Graph) are valid HTML: whole seconds, no microseconds. */
@AppTest
class MachineReadableDatesTest {

    static final Pattern MACHINE_TIME = Pattern.compile("datetime=\"([^\"]*)\""
            + "|\"date(?:Published|Modified)\":\"([^\"]*)\""
            + "|article:(?:published|modified)_time\" content=\"([^\"]*)\"");
    static final String WHOLE_SECOND = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleWriter writer;

    @Autowired
    ArticleService articles;

    @Autowired
    UserService users;

    @Test
    void timesOnReaderPagesAndTheCommentQueueHaveNoFractionOfASecond() throws Exception {
        long author = users.findOrCreateAuthor("seconds", "Second Hand");
        Instant at =
                Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS).plusNanos(123_456_000);
        writer.create(new NewArticle("Timed to the microsecond", null, "Body", List.of("Seconds"), author, at));
        String permalink =
                articles.findVisible("timed-to-the-microsecond").orElseThrow().permalink();
        Browser reader = new Browser(port);
        reader.postComment(
                permalink, Map.of("name", "Held Reader", "email", "held-seconds@example.org", "body", "Held, timed"));
        SignedInBrowser admin = new SignedInBrowser(port);
        admin.logIn("admin", AppTest.ADMIN_PASSWORD);
        String month = permalink.substring(0, 8);

        List<String> pages = new ArrayList<>();
        for (String path : List.of(
                "/",
                permalink,
                "/label/Seconds",
                "/author/seconds",
                month.substring(0, 5),
                month,
                "/search?q=microsecond")) {
            pages.add(reader.get(path).body());
        }
        pages.add(admin.get("/admin/comments").body());

        for (String page : pages) {
            List<String> times = machineTimes(page);
            assertThat(times).isNotEmpty().allSatisfy(time -> assertThat(time).matches(WHOLE_SECOND));
        }
        assertThat(pages.get(1)).contains("\"datePublished\":\"" + at.truncatedTo(ChronoUnit.SECONDS) + "\"");
    }

    static List<String> machineTimes(String html) {
        List<String> times = new ArrayList<>();
        Matcher matcher = MACHINE_TIME.matcher(html);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    times.add(matcher.group(group));
                }
            }
        }
        return times;
    }
}
