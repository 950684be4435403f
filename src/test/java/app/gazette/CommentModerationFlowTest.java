package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleService;
import app.gazette.article.ArticleSummaryView;
import app.gazette.article.ListPosition;
import app.gazette.comment.Comment;
import app.gazette.comment.CommentModeration;
import app.gazette.comment.CommentRepository;
import app.gazette.comment.CommentStatus;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.user.UserService;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Moderation end to end: an editor signs in and approves, staff replies show, closed articles refuse. */
@AppTest
class CommentModerationFlowTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    CommentModeration moderation;

    @Autowired
    CommentRepository commentRows;

    @Autowired
    UserService users;

    Browser reader;
    ArticleSummaryView article;

    @BeforeEach
    void welcomeArticle() {
        reader = new Browser(port);
        List<ArticleSummaryView> newest =
                articles.newest(ListPosition.NEWEST, 10).entries();
        article = newest.get(newest.size() - 1);
    }

    @AfterEach
    void reopen() {
        moderation.setCommentsOpen(article.id(), true, "admin");
    }

    @Test
    void anEditorSignsInAndApprovesAHeldCommentFromTheQueue() throws Exception {
        String login = "moderator" + System.nanoTime();
        users.createAdmin(login, "secret-pass");
        String email = "queue-" + System.nanoTime() + "@example.org";
        reader.postComment(
                article.permalink(), Map.of("name", "Queued Reader", "email", email, "body", "Please <approve>"));
        long id = commentRows.findByStatusOrderByCreatedAtAsc(CommentStatus.PENDING).stream()
                .filter(c -> email.equals(c.getAuthorEmail()))
                .findFirst()
                .map(Comment::getId)
                .orElseThrow();

        Session editor = new Session();
        HttpResponse<String> signIn = editor.post(
                "/login",
                Map.of("username", login, "password", "secret-pass"),
                editor.get("/login").body());
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String queue = editor.get("/admin/comments").body();
        assertThat(queue).contains("Queued Reader", email, "Please &lt;approve&gt;");

        HttpResponse<String> approved = editor.post(
                "/admin/comments/moderate",
                Map.of("ids", Long.toString(id), "action", "approve", "status", "pending", "page", "1"),
                queue);

        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(approved.headers().firstValue("Location").orElseThrow())
                .endsWith("/admin/comments?status=pending&page=1");
        assertThat(editor.get("/admin/comments?status=pending&page=1").body()).contains("1 comment approved.");
        assertThat(commentRows.findById(id).orElseThrow().getStatus()).isEqualTo(CommentStatus.APPROVED);
        assertThat(reader.get(article.permalink()).body()).contains("Please &lt;approve&gt;");
    }

    @Test
    void aStaffReplyShowsOnTheArticleWithTheStaffBadge() throws Exception {
        String login = "staff" + System.nanoTime();
        users.createAdmin(login, "secret-pass");

        long id = moderation
                .reply(article.id(), null, login, "Answer from the newsroom")
                .orElseThrow();

        String page = reader.get(article.permalink()).body();
        assertThat(page)
                .containsPattern("id=\"c" + id + "\"[\\s\\S]*" + login
                        + "</strong>\\s*<span class=\"staff\">Staff</span>[\\s\\S]*Answer from the newsroom");
    }

    @Test
    void aClosedArticleShowsItsCommentsButRefusesNewOnes() throws Exception {
        moderation.setCommentsOpen(article.id(), false, "admin");
        long before = commentRows.count();

        HttpResponse<String> refused = reader.postForm(
                article.permalink() + "/comments", Map.of("name", "Late Reader", "body", "Too late"), reader.origin());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body())
                .contains("Comments are closed.", "was not posted", "Too late</textarea>")
                .doesNotContain("class=\"comment-form\"");
        assertThat(commentRows.count()).isEqualTo(before);
        assertThat(reader.get(article.permalink()).body())
                .contains("Comments are closed.")
                .doesNotContain("Post a Comment");
    }

    /** A browser that keeps the newsroom's session cookie and sends each page's form token back. */
    private class Session {
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(reader.origin() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields, String pageWithForm) throws Exception {
            Matcher token = CSRF.matcher(pageWithForm);
            assertThat(token.find()).as("form token on the page").isTrue();
            String form = fields.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&", "", "&_csrf=" + encode(token.group(1))));
            return http.send(
                    HttpRequest.newBuilder(URI.create(reader.origin() + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
