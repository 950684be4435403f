package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.EditAction;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import app.gazette.support.Browser;
import app.gazette.support.PostgresCondition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app nodes on one PostgreSQL, each with its own page cache: a change made on one node shows
 * on the other's cached pages within a second.
 */
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesPostgresTest {

    static final Duration WITHIN = Duration.ofSeconds(1);

    String database;
    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;

    @BeforeAll
    void startTwoNodes() throws SQLException {
        database = System.getProperty("gazette.test.pg-database") + "_nodes";
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        admin("CREATE DATABASE " + database);
        first = node();
        second = node();
    }

    @AfterAll
    void stopNodes() throws SQLException {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void anArticleEditedOnOneNodeShowsOnTheOthersCachedPagesWithinASecond() throws Exception {
        ArticleEditor editor = first.getBean(ArticleEditor.class);
        long id = editor.create(
                new ArticleDraft("Ferry strike", "", "", "Boats stay in port.", List.of("Ferries"), null, true, null),
                EditAction.PUBLISH,
                "admin");
        Browser reader = new Browser(port(second));
        assertThat(shownWithin(reader, "/", body -> body.contains("Ferry strike"), Instant.now()))
                .isTrue();
        assertThat(reader.get("/label/Ferries").body()).contains("Ferry strike");

        editor.update(
                id,
                first.getBean(ArticleAdmin.class).edit(id, "admin").version(),
                new ArticleDraft(
                        "Ferry strike ends", "", "", "Boats sail again.", List.of("Ferries"), null, true, null),
                EditAction.SAVE,
                "admin");
        Instant saved = Instant.now();

        assertThat(shownWithin(reader, "/", body -> body.contains("Ferry strike ends"), saved))
                .isTrue();
        assertThat(reader.get("/label/Ferries").body()).contains("Ferry strike ends");
    }

    @Test
    void aSettingChangedOnOneNodeShowsOnTheOtherWithinASecond() throws Exception {
        SettingsService settings = first.getBean(SettingsService.class);
        Browser reader = new Browser(port(second));
        reader.get("/");
        Settings s = settings.current();

        settings.update(new Settings(
                "Node One Gazette",
                s.tagline(),
                s.pageSize(),
                s.dateHeaderPattern(),
                s.moderation(),
                s.closeCommentsAfterDays(),
                s.bannedWords(),
                s.version()));
        Instant saved = Instant.now();

        assertThat(shownWithin(reader, "/", body -> body.contains("Node One Gazette"), saved))
                .isTrue();
    }

    /** Reads the page until it shows the change: true if a read begun within a second of the save did. */
    private static boolean shownWithin(Browser reader, String path, Predicate<String> shows, Instant saved)
            throws Exception {
        Instant deadline = saved.plus(WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (shows.test(reader.get(path).body())) {
                return true;
            }
        }
        return false;
    }

    private ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(GazetteApplication.class, app.gazette.support.FakeMedia.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://"
                                + System.getenv().getOrDefault("GAZETTE_TEST_PG_HOST", "127.0.0.1:5432") + "/"
                                + database,
                        "--spring.datasource.username="
                                + System.getenv().getOrDefault("GAZETTE_TEST_PG_USER", "postgres"),
                        "--spring.datasource.password=" + System.getenv().getOrDefault("GAZETTE_TEST_PG_PASSWORD", ""),
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--gazette.admin.password=two-nodes-admin-password",
                        "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:postgresql://" + System.getenv().getOrDefault("GAZETTE_TEST_PG_HOST", "127.0.0.1:5432")
                                + "/postgres",
                        System.getenv().getOrDefault("GAZETTE_TEST_PG_USER", "postgres"),
                        System.getenv().getOrDefault("GAZETTE_TEST_PG_PASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
