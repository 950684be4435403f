package app.gazette.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin adds an editor; the editor signs in and finds the admin-only pages closed; then five
 * wrong passwords for that login lock it from this address, even with the right password.
 */
@BrowserTest
class AdminJourneyTest {

    private static final String LOGIN = "desk.editor";
    private static final String PASSWORD = "a long password for the desk";

    @LocalServerPort
    int port;

    @Test
    void anEditorCreatedByTheAdminIsRefusedAdminPagesAndFiveWrongPasswordsLockTheLogin() {
        try (Visitor admin = Visitor.desktop(port, "admin")) {
            admin.signIn("admin", AppTest.ADMIN_PASSWORD);
            admin.follow(By.linkText("Users"));
            admin.follow(By.linkText("New user"));
            admin.type(By.id("username"), LOGIN);
            admin.type(By.id("email"), "desk@example.org");
            admin.type(By.id("displayName"), "Dana Desk");
            new Select(admin.find(By.id("role"))).selectByVisibleText("Editor");
            admin.type(By.id("password"), PASSWORD);
            admin.snap("1-new-editor");
            admin.follow(By.cssSelector("main form button[type=submit]"));
            assertThat(admin.path()).isEqualTo("/admin/users");
            assertThat(admin.text(By.cssSelector("main .notice"))).isEqualTo(LOGIN + " can now sign in.");
            assertThat(admin.find(By.xpath("//tr[td[1][normalize-space()='" + LOGIN + "']]"))
                            .getDomProperty("textContent"))
                    .contains("Dana Desk", "desk@example.org", "Editor", "Enabled");
            admin.snap("2-users");
            admin.signOut();
            assertThat(admin.text(By.cssSelector("main .notice"))).isEqualTo("You are signed out.");

            admin.signIn(LOGIN, PASSWORD);
            assertThat(admin.path()).isEqualTo("/admin");
            assertThat(admin.text(By.cssSelector(".admin-user a"))).isEqualTo(LOGIN);
            assertThat(admin.all(By.linkText("Users"))).isEmpty();
            assertThat(admin.all(By.linkText("Settings"))).isEmpty();
            for (String adminOnly : new String[] {"/admin/settings", "/admin/users"}) {
                admin.open(adminOnly);
                assertThat(admin.status()).as(adminOnly).isEqualTo(403);
                assertThat(admin.text(By.tagName("h1"))).isEqualTo("Not allowed");
            }
            admin.snap("3-editor-refused-settings");
            admin.signOut();

            for (int attempt = 1; attempt <= 5; attempt++) {
                admin.signIn(LOGIN, "wrong guess " + attempt);
                assertThat(admin.path()).isEqualTo("/login?error");
                assertThat(admin.text(By.cssSelector("main .error-summary"))).startsWith("Wrong login or password");
            }
            admin.signIn(LOGIN, PASSWORD);
            assertThat(admin.status()).isEqualTo(429);
            assertThat(admin.text(By.tagName("h1"))).isEqualTo("Too many attempts");
            assertThat(admin.text(By.cssSelector("main .error-summary")))
                    .startsWith("Too many failed sign-ins. Try again in");
            admin.snap("4-locked");
        }
    }
}
