package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.pagecache.PublicContentChanged;
import app.gazette.support.PostgresCondition;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * LISTEN/NOTIFY on PostgreSQL: a change committed on node A is read by node B, which polls only once a
 * minute, well within a second; node C, which polls every 250 ms without notifications, is the comparison.
 * The lag (commit started on A to the node's version gauge showing it) is printed as p50/p99.
 */
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentNotificationsPostgresTest {

    static final String HOST = System.getenv().getOrDefault("GAZETTE_TEST_PG_HOST", "127.0.0.1:5432");
    static final String USER = System.getenv().getOrDefault("GAZETTE_TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("GAZETTE_TEST_PG_PASSWORD", "");
    static final Duration WITHIN = Duration.ofSeconds(1);

    String database;
    ConfigurableApplicationContext writer;
    ConfigurableApplicationContext notified;
    ConfigurableApplicationContext polling;

    @BeforeAll
    void startThreeNodes() throws SQLException {
        database = System.getProperty("gazette.test.pg-database") + "_notify";
        admin("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        admin("postgres", "CREATE DATABASE " + database);
        writer = node();
        notified = node("--gazette.content-version.poll-millis=60000");
        polling = node("--gazette.content-version.notify=false");
    }

    @AfterAll
    void stopNodes() throws SQLException {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {writer, notified, polling}) {
            if (node != null) {
                node.close();
            }
        }
        admin("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void aChangeReachesANodeThatPollsOnceAMinuteWellWithinASecond() throws Exception {
        List<Long> notifiedLags = new ArrayList<>();
        List<Long> pollingLags = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Thread.sleep(ThreadLocalRandom.current().nextInt(250)); // not in step with the poll
            long started = System.nanoTime();
            long version = change();
            notifiedLags.add(millisUntilSeen(notified, version, started));
            pollingLags.add(millisUntilSeen(polling, version, started));
        }

        System.out.printf(
                "Content version lag over 50 changes: NOTIFY p50 %d ms, p99 %d ms, max %d ms;"
                        + " polling every 250 ms p50 %d ms, p99 %d ms, max %d ms%n",
                percentile(notifiedLags, 50),
                percentile(notifiedLags, 99),
                Collections.max(notifiedLags),
                percentile(pollingLags, 50),
                percentile(pollingLags, 99),
                Collections.max(pollingLags));
        assertThat(notifiedLags).allMatch(lag -> lag < WITHIN.toMillis());
        assertThat(percentile(notifiedLags, 50)).isLessThan(percentile(pollingLags, 50));
    }

    @Test
    void aNodeWhoseListeningConnectionWasCutListensAgain() throws Exception {
        String listeners = "FROM pg_stat_activity WHERE datname = '" + database
                + "' AND application_name = 'gazette-content-listener'";
        admin(database, "SELECT pg_terminate_backend(pid) " + listeners);
        JdbcTemplate jdbc = writer.getBean(JdbcTemplate.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jdbc.queryForObject("SELECT count(*) " + listeners, Long.class) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        long started = System.nanoTime();
        long version = change();

        assertThat(millisUntilSeen(notified, version, started)).isLessThan(WITHIN.toMillis());
    }

    /** Commits a change on the writer node; its new version. */
    private long change() {
        return writer.getBean(TransactionTemplate.class).execute(status -> {
            writer.publishEvent(new PublicContentChanged("test"));
            return writer.getBean(JdbcTemplate.class)
                    .queryForObject("SELECT version FROM content_version WHERE id = 1", Long.class);
        });
    }

    /** Waits (up to 5 s) until the node's gauge shows the version; the gauge reads nothing itself. */
    private static long millisUntilSeen(ConfigurableApplicationContext node, long version, long started)
            throws InterruptedException {
        MeterRegistry registry = node.getBean(MeterRegistry.class);
        long deadline = started + Duration.ofSeconds(5).toNanos();
        while (registry.get("gazette.content.version").gauge().value() < version && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private ConfigurableApplicationContext node(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.datasource.url=jdbc:postgresql://" + HOST + "/" + database,
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=3",
                "--gazette.admin.password=notify-nodes-admin-password",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(GazetteApplication.class, app.gazette.support.FakeMedia.class)
                .run(args.toArray(String[]::new));
    }

    private static void admin(String on, String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://" + HOST + "/" + on, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
