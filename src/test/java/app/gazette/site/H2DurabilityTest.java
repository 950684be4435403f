package app.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing H2 process with SIGKILL and checks that every commit it had acknowledged is on
 * disk, with the JDBC URL of application.properties. A control run with a write delay shows that
 * the check can fail.
 */
class H2DurabilityTest {

    private static final int ACKNOWLEDGED = 200;
    private static final long CHILD_DEADLINE_SECONDS = 6;
    private static final String DATA_DIR = "${GAZETTE_DATA_DIR:./data}";

    @TempDir
    Path dir;

    static String configuredUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = H2DurabilityTest.class.getResourceAsStream("/application.properties")) {
            assertThat(in).as("application.properties on the classpath").isNotNull();
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:").contains(DATA_DIR);
        return url;
    }

    private String urlIn(Path dataDir, String url) {
        return url.replace(DATA_DIR, dataDir.toAbsolutePath().toString().replace('\\', '/'));
    }

    /** The URL with WRITE_DELAY set to millis, replacing the configured value or appended when absent. */
    static String withWriteDelay(String url, int millis) {
        String setting = "WRITE_DELAY=" + millis;
        return url.matches("(?i).*;WRITE_DELAY=\\d+.*")
                ? url.replaceAll("(?i);WRITE_DELAY=\\d+", ";" + setting)
                : url + ";" + setting;
    }

    /** What the killed writer acknowledged and what the database holds afterwards. */
    record Outcome(Set<Long> acknowledged, Set<Long> stored) {

        Set<Long> lost() {
            Set<Long> lost = new TreeSet<>(acknowledged);
            lost.removeAll(stored);
            return lost;
        }
    }

    private Outcome killWriterAfterAcknowledgements(String url) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path errors = dir.resolve("writer.err");
        Process child = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), H2Writer.class.getName(), url)
                .redirectError(errors.toFile())
                .start();
        // bounded wait: a hung child is killed, which ends its stdout and so the read loop below
        CompletableFuture.runAsync(
                child::destroyForcibly, CompletableFuture.delayedExecutor(CHILD_DEADLINE_SECONDS, TimeUnit.SECONDS));
        Set<Long> acknowledged = new TreeSet<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKNOWLEDGED && (line = out.readLine()) != null) {
                if (!line.equals("READY")) {
                    acknowledged.add(Long.parseLong(line.strip()));
                }
            }
            // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the pipe
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(2, TimeUnit.SECONDS)).as("child ended").isTrue();
            // ids printed between the 200th and the kill were acknowledged as well
            while ((line = out.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.strip()));
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(acknowledged)
                .as(
                        "acknowledged ids before the kill (child exit %s, stderr: %s)",
                        child.exitValue(), Files.readString(errors))
                .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED);
        assertThat(child.exitValue()).as("killed by SIGKILL, not a clean exit").isNotZero();
        return new Outcome(acknowledged, storedIds(url));
    }

    private static Set<Long> storedIds(String url) throws Exception {
        Set<Long> stored = new TreeSet<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement query = connection.createStatement()) {
            query.execute("create table if not exists acked (id bigint primary key, payload varchar(200))");
            try (ResultSet rows = query.executeQuery("select id from acked")) {
                while (rows.next()) {
                    stored.add(rows.getLong(1));
                }
            }
        }
        return stored;
    }

    @Test
    @Timeout(value = 9, unit = TimeUnit.SECONDS)
    void configuredH2UrlKeepsEveryAcknowledgedCommitAfterKill9() throws Exception {
        String url = urlIn(dir, configuredUrl());

        Outcome outcome = killWriterAfterAcknowledgements(url);

        assertThat(outcome.lost())
                .as("acknowledged but lost after kill -9 with %s", url)
                .isEmpty();
        assertThat(outcome.stored()).containsAll(outcome.acknowledged());
    }

    @Test
    @Timeout(value = 9, unit = TimeUnit.SECONDS)
    void controlWithAWriteDelayLosesAcknowledgedCommits() throws Exception {
        String url = withWriteDelay(urlIn(dir, configuredUrl()), 5000);
        assertThat(url).contains(";WRITE_DELAY=5000").doesNotContain("WRITE_DELAY=0");

        Outcome outcome = killWriterAfterAcknowledgements(url);

        assertThat(outcome.lost())
                .as("a write delay must lose commits, or the durability test proves nothing")
                .isNotEmpty();
    }

    @Test
    void writeDelayIsReplacedOrAppended() {
        assertThat(withWriteDelay("jdbc:h2:file:/d/g;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", 5000))
                .isEqualTo("jdbc:h2:file:/d/g;WRITE_DELAY=5000;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(withWriteDelay("jdbc:h2:file:/d/g;DB_CLOSE_ON_EXIT=FALSE", 5000))
                .isEqualTo("jdbc:h2:file:/d/g;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=5000");
    }
}
