package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleService;
import app.gazette.comment.Comment;
import app.gazette.comment.CommentRepository;
import app.gazette.comment.CommentStatus;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.TimePassing;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** Spam defences end to end: the flood limit, the honeypot and the signed form. */
@AppTest
class CommentDefencesFlowTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    CommentRepository commentRows;

    @Autowired
    JdbcTemplate jdbc;

    Browser reader;
    String permalink;

    @BeforeEach
    void welcomeArticle() {
        reader = new Browser(port);
        permalink = articles.findVisible("welcome-to-gazette").orElseThrow().permalink();
    }

    @Test
    void aSecondCommentWithin15SecondsIs429WithTheTextKeptAndGoesThroughOnceTheyHavePassed() throws Exception {
        String name = "Quick Reader " + System.nanoTime();
        assertThat(reader.postComment(permalink, Map.of("name", name, "body", "First thought"))
                        .statusCode())
                .isEqualTo(302);
        long first = byName(name).get(0).getId();

        HttpResponse<String> tooSoon = reader.postComment(permalink, Map.of("name", name, "body", "Second <thought>"));
        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(tooSoon.headers().firstValue("Retry-After")).contains("15");
        assertThat(tooSoon.body())
                .contains(
                        "You posted a comment a few seconds ago",
                        "Second &lt;thought&gt;</textarea>",
                        "value=\"" + name + "\"");
        assertThat(byName(name)).hasSize(1);

        TimePassing.backdate(jdbc, first, Duration.ofSeconds(13));
        assertThat(reader.postComment(permalink, Map.of("name", name, "body", "Second <thought>"))
                        .statusCode())
                .as("14 s after the first")
                .isEqualTo(429);

        TimePassing.backdate(jdbc, first, Duration.ofSeconds(2));
        assertThat(reader.postComment(permalink, Map.of("name", name, "body", "Second <thought>"))
                        .statusCode())
                .as("16 s after the first")
                .isEqualTo(302);
        assertThat(byName(name)).extracting(Comment::getBody).containsExactly("First thought", "Second <thought>");
    }

    @Test
    void aFilledHoneypotOrAnUnsignedFormIsStoredAsSpamAndToldItIsHeld() throws Exception {
        String robot = "Robot " + System.nanoTime();
        HttpResponse<String> trapped = reader.postComment(
                permalink, Map.of("name", robot, "body", "Buy now", "website", "http://spam.example"));
        assertThat(trapped.headers().firstValue("Location").orElseThrow()).endsWith("?comment=held#comments");

        Browser another = new Browser(port);
        HttpResponse<String> unsigned = another.postForm(
                permalink + "/comments",
                Map.of("name", robot, "body", "Cheap pills", "renderedAt", "1", "signature", "forged"),
                another.origin());
        assertThat(unsigned.headers().firstValue("Location").orElseThrow()).endsWith("?comment=held#comments");

        assertThat(byName(robot))
                .extracting(Comment::getStatus)
                .containsOnly(CommentStatus.SPAM)
                .hasSize(2);
    }

    private List<Comment> byName(String name) {
        return commentRows.findAll().stream()
                .filter(c -> name.equals(c.getAuthorName()))
                .sorted((a, b) -> a.getId().compareTo(b.getId()))
                .toList();
    }
}
