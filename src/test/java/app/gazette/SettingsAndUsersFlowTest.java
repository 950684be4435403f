package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleWriter;
import app.gazette.article.NewArticle;
import app.gazette.site.ModerationMode;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.SignedInBrowser;
import app.gazette.user.NewUser;
import app.gazette.user.Role;
import app.gazette.user.UserService;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Through the real server: settings take effect at once; a disabled user cannot sign in. */
@AppTest
class SettingsAndUsersFlowTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    SettingsService settings;

    @Autowired
    UserService users;

    @Autowired
    ArticleWriter writer;

    Settings before;

    @AfterEach
    void restoreSettings() {
        if (before != null) {
            Settings now = settings.current();
            settings.update(new Settings(
                    before.siteTitle(),
                    before.tagline(),
                    before.pageSize(),
                    before.dateHeaderPattern(),
                    before.moderation(),
                    before.closeCommentsAfterDays(),
                    before.bannedWords(),
                    now.version()));
        }
    }

    @Test
    void savedSettingsShowOnTheHomePageAtOnce() throws Exception {
        long author = users.findOrCreateAuthor("settings-flow", "Settings Flow");
        writer.create(new NewArticle(
                "Second story",
                null,
                "Body",
                List.of("Flow"),
                author,
                Instant.now().minusSeconds(5)));
        before = settings.current();

        settings.update(new Settings(
                "The Morning Post",
                "Fresh every day",
                1,
                "d.M.yyyy 'edition'",
                ModerationMode.NONE,
                0,
                "",
                before.version()));

        String html = new Browser(port).get("/").body();
        assertThat(html).contains("The Morning Post", "Fresh every day", "edition", "Older posts");
        assertThat(Pattern.compile("<article class=\"entry\"")
                        .matcher(html)
                        .results()
                        .count())
                .isOne();
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        long id =
                users.create(new NewUser("dora", "dora@example.org", "Dora Diaz", Role.EDITOR, "dora's long password"));

        assertThat(signIn("dora", "dora's long password")).isEqualTo("/admin");
        users.setEnabled(id, false);
        assertThat(signIn("dora", "dora's long password")).isEqualTo("/login?error");
        users.setEnabled(id, true);
        assertThat(signIn("dora", "dora's long password")).isEqualTo("/admin");
    }

    /** Signs in through the login form; returns where it is sent. */
    String signIn(String username, String password) throws Exception {
        HttpResponse<String> response = new SignedInBrowser(port).logIn(username, password);
        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }
}
