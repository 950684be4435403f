package app.gazette.bootstrap;

import app.gazette.article.ArticleWriter;
import app.gazette.article.NewArticle;
import app.gazette.site.GazetteProperties;
import app.gazette.site.SettingsService;
import app.gazette.user.UserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On an empty database: one admin (password from GAZETTE_ADMIN_PASSWORD, else a random one logged
 * once, which the admin must replace at their first sign-in) and a welcome article. Runs in one transaction; a second node racing it loses quietly.
 * The site settings row is created from GazetteProperties, unless it exists.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserService users;
    private final SettingsService settings;
    private final ArticleWriter articles;
    private final GazetteProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FirstStart(
            UserService users,
            SettingsService settings,
            ArticleWriter articles,
            GazetteProperties properties,
            TransactionTemplate transaction,
            Clock clock) {
        this.users = users;
        this.settings = settings;
        this.articles = articles;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        settings.current();
        String username = properties.admin().username();
        String given = properties.admin().password();
        boolean random = given == null || given.isBlank();
        String password = random ? randomPassword() : given;
        try {
            Boolean created = transaction.execute(status -> {
                if (!users.isEmpty()) {
                    return false;
                }
                long admin = users.createAdmin(username, password);
                if (random) {
                    users.requirePasswordChange(admin);
                }
                articles.create(new NewArticle(
                        "Welcome to Gazette", null, welcome(username), List.of("Gazette"), admin, clock.instant()));
                return true;
            });
            if (Boolean.TRUE.equals(created)) {
                log.warn(
                        random
                                ? "First start: created the admin account. Login: '{}', password: '{}' (shown only this once)"
                                : "First start: created the admin account. Login: '{}', password: from GAZETTE_ADMIN_PASSWORD",
                        username,
                        password);
            }
        } catch (DataIntegrityViolationException raced) {
            log.info("First start: another node created the admin account first");
        }
    }

    private static String welcome(String username) {
        try {
            String text = new ClassPathResource("welcome.md").getContentAsString(StandardCharsets.UTF_8);
            return text.replace("{username}", username);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
