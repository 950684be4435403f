package app.gazette.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import app.gazette.support.SignedInBrowser;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log on the whole app: what a signed-in admin does in the browser is recorded under their
 * name with the client's address as seen through the local proxy, and so is a failed sign-in.
 */
@AppTest
class AuditFlowTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void publishingInTheEditorIsRecordedWithUserActionAndAddress() throws Exception {
        SignedInBrowser admin = new SignedInBrowser(port, "203.0.113.41");
        assertThat(admin.logIn("admin", AppTest.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        Map<String, String> article = new HashMap<>(Map.of(
                "title", "Audited harbour story",
                "slug", "",
                "excerpt", "",
                "body", "The harbour reopened.",
                "labels", "",
                "publishAt", "",
                "commentsOpen", "true"));
        article.put("action", "publish");

        HttpResponse<String> saved = admin.submit("/admin/articles/new", "/admin/articles", article);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(entries("article.published", "Audited harbour story")).containsExactly("admin from 203.0.113.41");
        assertThat(entries("sign-in.ok", null)).contains("admin from 203.0.113.41");
        String page =
                admin.get("/admin/audit?user=admin&action=article.published").body();
        assertThat(page).contains("Audited harbour story", "203.0.113.41", "Article published");
    }

    @Test
    void aFailedSignInIsRecordedUnderTheNameTriedInItsOwnTransaction() throws Exception {
        SignedInBrowser stranger = new SignedInBrowser(port, "203.0.113.42");

        HttpResponse<String> failed = stranger.logIn("nobody-audited", "not the password");

        assertThat(failed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(entries("sign-in.failed", null)).contains("nobody-audited from 203.0.113.42");
    }

    @Test
    void accountsCreatedAndSignOutsAreRecorded() throws Exception {
        SignedInBrowser admin = new SignedInBrowser(port, "203.0.113.43");
        admin.logIn("admin", AppTest.ADMIN_PASSWORD);

        admin.submit(
                "/admin/users/new",
                "/admin/users",
                Map.of(
                        "username", "audited-editor",
                        "email", "audited@example.org",
                        "displayName", "Audited Editor",
                        "role", "EDITOR",
                        "password", "a long enough password"));
        admin.submit("/admin", "/logout", Map.of());

        assertThat(entries("user.created", "audited-editor")).containsExactly("admin from 203.0.113.43");
        assertThat(entries("sign-out", null)).contains("admin from 203.0.113.43");
    }

    /** "user from address" of the entries with this action and a target containing this text. */
    private List<String> entries(String action, String targetPart) {
        return jdbc.queryForList(
                "select username || ' from ' || address from audit_log"
                        + " where action = ? and coalesce(target, '') like ?",
                String.class,
                action,
                "%" + (targetPart == null ? "" : targetPart) + "%");
    }
}
