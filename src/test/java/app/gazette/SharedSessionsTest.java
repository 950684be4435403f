package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import app.gazette.support.SignedInBrowser;
import app.gazette.user.NewUser;
import app.gazette.user.Role;
import app.gazette.user.UserService;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** Newsroom sessions live in the database: every node knows them, and a disabled user is out at once. */
@AppTest
class SharedSessionsTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSignedInEditorsSessionIsARowInTheDatabase() throws Exception {
        users.create(new NewUser(
                "session-ed", "session-ed@example.org", "Session Editor", Role.EDITOR, "a long enough password"));
        SignedInBrowser editor = new SignedInBrowser(port);

        editor.logIn("session-ed", "a long enough password");

        assertThat(editor.get("/admin").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, "session-ed"))
                .isEqualTo(1);
    }

    @Test
    void disablingAUserSignsThemOutEverywhereAtOnce() throws Exception {
        long id = users.create(
                new NewUser("soon-gone", "soon-gone@example.org", "Soon Gone", Role.EDITOR, "a long enough password"));
        SignedInBrowser editor = new SignedInBrowser(port);
        editor.logIn("soon-gone", "a long enough password");
        assertThat(editor.get("/admin").statusCode()).isEqualTo(200);

        users.setEnabled(id, false);

        assertThat(editor.get("/admin").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, "soon-gone"))
                .isZero();
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessionsAndKeepsThisOne() throws Exception {
        users.create(
                new NewUser("two-desks", "two-desks@example.org", "Two Desks", Role.EDITOR, "a long enough password"));
        SignedInBrowser office = new SignedInBrowser(port);
        SignedInBrowser home = new SignedInBrowser(port);
        office.logIn("two-desks", "a long enough password");
        home.logIn("two-desks", "a long enough password");
        assertThat(home.get("/admin").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = office.submit(
                "/admin/account",
                "/admin/account",
                Map.of(
                        "currentPassword", "a long enough password",
                        "newPassword", "a brand new password",
                        "repeatPassword", "a brand new password"));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(office.get("/admin").statusCode()).isEqualTo(200);
        assertThat(home.get("/admin").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, "two-desks"))
                .isOne();
    }

    @Test
    void loggingOutEndsTheStoredSession() throws Exception {
        users.create(new NewUser("leaver", "leaver@example.org", "Leaver", Role.EDITOR, "a long enough password"));
        SignedInBrowser editor = new SignedInBrowser(port);
        editor.logIn("leaver", "a long enough password");

        editor.submit("/admin", "/logout", Map.of());

        assertThat(editor.get("/admin").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, "leaver"))
                .isZero();
    }
}
