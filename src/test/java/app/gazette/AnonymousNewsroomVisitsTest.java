package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import app.gazette.support.SignedInBrowser;
import app.gazette.user.NewUser;
import app.gazette.user.Role;
import app.gazette.user.UserService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anonymous visits to the sign-in form and the newsroom keep nothing on the server: the form's
 * CSRF token is in a cookie, and a newsroom link is remembered in the URL (?continue=), not a session.
 */
@AppTest
class AnonymousNewsroomVisitsTest {

    static final String PASSWORD = "a long enough password";
    static final List<String> PATHS =
            List.of("/login", "/admin", "/admin/articles", "/admin/users/new", "/admin/comments?page=2", "/login");

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserService users;

    @Test
    void anonymousVisitorsDoNotFillTheDisk() throws Exception {
        int sessionsBefore = sessionRows();
        HttpClient http = HttpClient.newHttpClient();

        for (int i = 0; i < 1000; i++) {
            String path = PATHS.get(i % PATHS.size());
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isIn(200, 302);
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
        }

        assertThat(sessionRows()).isEqualTo(sessionsBefore);
    }

    @Test
    void theSignInFormStillWorksAndStillNeedsItsToken() throws Exception {
        users.create(new NewUser("tokened", "tokened@example.org", "Tokened", Role.EDITOR, PASSWORD));
        SignedInBrowser visitor = new SignedInBrowser(port);

        HttpResponse<String> tokenless =
                visitor.post("/login", Map.of("username", "tokened", "password", PASSWORD), "forged");
        assertThat(tokenless.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(visitor.cookie("SESSION")).isEmpty();
        assertThat(visitor.get("/admin").statusCode()).isEqualTo(302);

        HttpResponse<String> signedIn = visitor.logIn("tokened", PASSWORD);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        assertThat(visitor.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void aNewsroomLinkLeadsThroughTheSignInFormBackToItsPage() throws Exception {
        users.create(new NewUser("linked", "linked@example.org", "Linked", Role.EDITOR, PASSWORD));
        SignedInBrowser editor = new SignedInBrowser(port);

        HttpResponse<String> asked = editor.get("/admin/comments?status=PENDING&page=2");
        assertThat(asked.statusCode()).isEqualTo(302);
        String login = asked.headers().firstValue("Location").orElseThrow();
        assertThat(login).endsWith("/login?continue=/admin/comments?status%3DPENDING%26page%3D2");
        assertThat(editor.get(login.substring(login.indexOf("/login"))).body())
                .contains("name=\"continue\" value=\"/admin/comments?status=PENDING&amp;page=2\"");

        HttpResponse<String> signedIn = editor.submit(
                "/login?continue=/admin/comments?status%3DPENDING%26page%3D2",
                "/login",
                Map.of(
                        "username",
                        "linked",
                        "password",
                        PASSWORD,
                        "continue",
                        "/admin/comments?status=PENDING&page=2"));

        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/comments?status=PENDING&page=2"));
    }

    @Test
    void aContinueAddressOutsideTheNewsroomIsIgnored() throws Exception {
        users.create(new NewUser("wary", "wary@example.org", "Wary", Role.EDITOR, PASSWORD));
        SignedInBrowser editor = new SignedInBrowser(port);

        HttpResponse<String> signedIn = editor.submit(
                "/login",
                "/login",
                Map.of("username", "wary", "password", PASSWORD, "continue", "//evil.example/admin"));

        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin").doesNotContain("evil"));
    }

    private int sessionRows() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }
}
