package app.gazette.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleRepository;
import app.gazette.support.AppTest;
import app.gazette.user.Role;
import app.gazette.user.User;
import app.gazette.user.UserRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

/** On an empty database: one admin and a welcome article, never twice. */
@AppTest
class FirstStartTest {

    @Autowired
    FirstStart firstStart;

    @Autowired
    UserRepository users;

    @Autowired
    ArticleRepository articles;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void createsOneAdminWithAHashedPasswordAndAWelcomeArticle() {
        // the shared test site's other tests add admins of their own, under other names
        List<User> admins = users.findAll().stream()
                .filter(user -> user.getRole() == Role.ADMIN)
                .filter(user -> user.getUsername().equals("admin"))
                .toList();

        assertThat(admins).hasSize(1);
        User admin = admins.get(0);
        assertThat(admin.getUsername()).isEqualTo("admin");
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(articles.findBySlug("welcome-to-gazette")).hasValueSatisfying(article -> {
            assertThat(article.getBodyHtml()).contains("<strong>admin</strong>", "GAZETTE_ADMIN_PASSWORD");
            assertThat(article.getSummary()).startsWith("Gazette is a news site");
        });
    }

    @Test
    void runningAgainCreatesNothing() {
        long usersBefore = users.count();
        long articlesBefore = articles.count();

        firstStart.run(new DefaultApplicationArguments());

        assertThat(users.count()).isEqualTo(usersBefore);
        assertThat(articles.count()).isEqualTo(articlesBefore);
    }

    @Test
    void randomPasswordsAreLongAndDiffer() {
        String one = FirstStart.randomPassword();

        assertThat(one).hasSize(20).isNotEqualTo(FirstStart.randomPassword());
        assertThat(passwords.matches(one, passwords.encode(one))).isTrue();
    }
}
