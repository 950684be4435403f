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
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** Newsroom sessions: none before sign-in, a new id at sign-in, gone at sign-out, ended after 30 idle minutes. */
@AppTest
class SessionSafetyTest {

    static final String PASSWORD = "a long enough password";

    @Value("${local.server.port}")
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Test
    void anAnonymousVisitorToTheSignInFormGetsNoSession() throws Exception {
        SignedInBrowser visitor = new SignedInBrowser(port);

        visitor.get("/login");
        visitor.get("/admin/articles");

        assertThat(visitor.cookie("SESSION")).isEmpty();
        assertThat(visitor.cookie("XSRF-TOKEN")).isPresent();
    }

    /** The only session a browser can bring to the form is one signed in already (no anonymous ones). */
    @Test
    void signingInGivesTheSessionANewIdAndTheOldOneIsWorthNothing() throws Exception {
        users.create(new NewUser("fixer", "fixer@example.org", "Fixer", Role.EDITOR, PASSWORD));
        users.create(new NewUser("fixated", "fixated@example.org", "Fixated", Role.EDITOR, PASSWORD));
        SignedInBrowser editor = new SignedInBrowser(port);
        editor.logIn("fixer", PASSWORD);
        String before = editor.cookie("SESSION").orElseThrow();

        editor.logIn("fixated", PASSWORD);

        String after = editor.cookie("SESSION").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(editor.get("/admin").statusCode()).isEqualTo(200);
        assertThat(getWithSession("/admin", before).statusCode()).isEqualTo(302);
        assertThat(getWithSession("/admin", after).statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSessionOnTheServerSoItsCookieNoLongerSignsIn() throws Exception {
        users.create(new NewUser("outgoing", "outgoing@example.org", "Outgoing", Role.EDITOR, PASSWORD));
        SignedInBrowser editor = new SignedInBrowser(port);
        editor.logIn("outgoing", PASSWORD);
        String signedIn = editor.cookie("SESSION").orElseThrow();
        assertThat(getWithSession("/admin", signedIn).statusCode()).isEqualTo(200);

        editor.submit("/admin", "/logout", Map.of());

        HttpResponse<String> replayed = getWithSession("/admin", signedIn);
        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(replayed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() throws Exception {
        users.create(new NewUser("idler", "idler@example.org", "Idler", Role.EDITOR, PASSWORD));
        new SignedInBrowser(port).logIn("idler", PASSWORD);

        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(jdbc.queryForObject(
                        "select max_inactive_interval from spring_session where principal_name = ?",
                        Integer.class,
                        "idler"))
                .isEqualTo(1800);
    }

    private HttpResponse<String> getWithSession(String path, String session) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Cookie", "SESSION=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
