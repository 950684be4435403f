package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleService;
import app.gazette.comment.Comment;
import app.gazette.comment.CommentRepository;
import app.gazette.comment.CommentService;
import app.gazette.comment.CommentStatus;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.TimePassing;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** Posting a comment end to end: stored, held for approval, visible once approved. */
@AppTest
class CommentFlowTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    CommentService comments;

    @Autowired
    CommentRepository commentRows;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    String permalink;

    @BeforeEach
    void welcomeArticle() {
        browser = new Browser(port);
        permalink = articles.findVisible("welcome-to-gazette").orElseThrow().permalink();
    }

    @Test
    void firstCommentIsHeldThenShownOnceApprovedAndTheSameReaderIsThenTrusted() throws Exception {
        String email = "reader-" + System.nanoTime() + "@example.org";
        HttpResponse<String> posted = browser.postComment(
                permalink, Map.of("name", "Ann Reader", "email", email, "body", "First line\nsecond line"));

        assertThat(posted.statusCode()).isEqualTo(302);
        String notice = posted.headers().firstValue("Location").orElseThrow();
        assertThat(notice).endsWith(permalink + "?comment=held#comments");
        HttpResponse<String> held = browser.get(permalink + "?comment=held");
        assertThat(held.body())
                .contains("Your comment will be visible after approval")
                .doesNotContain("First line");

        Comment stored = commentRows.findByStatusOrderByCreatedAtAsc(CommentStatus.PENDING).stream()
                .filter(c -> email.equals(c.getAuthorEmail()))
                .findFirst()
                .orElseThrow();
        assertThat(stored.getBody()).isEqualTo("First line\nsecond line");
        assertThat(stored.getIp()).isEqualTo(browser.ip());
        comments.approve(stored.getId());
        TimePassing.backdate(jdbc, stored.getId(), Duration.ofMinutes(1));

        String page = browser.get(permalink).body();
        assertThat(page)
                .contains("Ann Reader", "<p>First line<br>second line</p>")
                .doesNotContain(email);
        assertThat(page).containsPattern("\\d+ comments?:");

        HttpResponse<String> again = browser.postComment(
                permalink, Map.of("name", "Ann Reader", "email", email.toUpperCase(), "body", "Trusted now"));
        assertThat(again.headers().firstValue("Location").orElseThrow()).contains("?comment=published");
        assertThat(browser.get(permalink).body()).contains("Trusted now");
    }

    @Test
    void aCommentFromAnotherSiteIsRefusedAndNotStored() throws Exception {
        long before = commentRows.count();

        HttpResponse<String> refused = browser.postForm(
                permalink + "/comments", Map.of("name", "Mallory", "body", "Forged"), "https://evil.example");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Not allowed");
        assertThat(commentRows.count()).isEqualTo(before);
    }
}
