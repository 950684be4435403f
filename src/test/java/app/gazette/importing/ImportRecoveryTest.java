package app.gazette.importing;

import static app.gazette.importing.ImportedPost.State.PUBLISHED;
import static app.gazette.importing.ScriptedExport.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.article.MarkdownRenderer;
import app.gazette.support.FakeMedia;
import app.gazette.support.MutableClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** "A crashed import blocks imports": an Error ends the job as failed; a dead node's job is given up in 30 s. */
@ImportSliceTest
class ImportRecoveryTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Autowired
    ImportTargets targets;

    @TempDir
    Path dir;

    @BeforeEach
    @AfterEach
    void clear() {
        for (String table : List.of("import_jobs", "imported_items", "old_links", "articles", "labels", "users")) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("INSERT INTO users (username, display_name, role, enabled, created_at) "
                + "VALUES ('admin', 'Admin', 'ADMIN', TRUE, CURRENT_TIMESTAMP)");
    }

    @Test
    void anErrorThrownInsideTheRunMarksTheJobFailed() {
        ImportJob outOfMemory = importing(
                service(oneArticle().failWith(new OutOfMemoryError("a test's")), clock, ImportJobs.HEARTBEAT));
        ImportJob otherError =
                importing(service(oneArticle().failWith(new StackOverflowError()), clock, ImportJobs.HEARTBEAT));

        assertThat(outOfMemory.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(outOfMemory.errorCode()).isEqualTo("import.error.memory");
        assertThat(otherError.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(otherError.errorCode()).isEqualTo("import.error.failed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles", Long.class))
                .isZero();
        assertThat(importing(service(oneArticle(), clock, ImportJobs.HEARTBEAT)).state())
                .as("the next upload is accepted")
                .isEqualTo(ImportJob.State.DONE);
    }

    @Test
    void aJobWhoseHeartbeatIs31SecondsOldIsReclaimedAndANewUploadIsAccepted() {
        jdbc.update(
                "INSERT INTO import_jobs (format, file_name, started_by, state, running, posts_total, "
                        + "comments_total, posts_done, comments_done, posts_created, comments_created, private_posts, "
                        + "authors_created, started_at, updated_at) VALUES ('WORDPRESS', 'dead.xml', 'admin', "
                        + "'COUNTING', 1, 0, 0, 0, 0, 0, 0, 0, 0, ?, ?)",
                at(clock.instant().minusSeconds(40)),
                at(clock.instant().minusSeconds(31)));
        ImportService service = service(oneArticle(), clock, ImportJobs.HEARTBEAT);

        ImportJob dead = service.latest().orElseThrow();
        assertThat(dead.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(dead.errorCode()).isEqualTo("import.error.abandoned");
        assertThat(importing(service).state()).isEqualTo(ImportJob.State.DONE);
    }

    @Test
    void aRunningImportWritesItsHeartbeatSoOtherNodesDoNotReclaimIt() throws Exception {
        MutableClock time = new MutableClock(clock.instant());
        CountDownLatch gate = new CountDownLatch(1);
        ImportService running = service(oneArticle().waitFor(gate), time, Duration.ofMillis(20));
        running.start(oneArticle().file(dir), "slow.xml", "admin");

        time.advance(Duration.ofMinutes(2));
        Instant until = Instant.now().plusSeconds(10);
        while (!heartbeat().equals(time.instant()) && Instant.now().isBefore(until)) {
            Thread.onSpinWait();
        }

        assertThat(heartbeat()).isEqualTo(time.instant());
        assertThat(ImportJobs.HEARTBEAT).isLessThan(ImportJobs.ABANDONED);
        assertThat(ImportJobs.ABANDONED).isLessThanOrEqualTo(Duration.ofSeconds(30));
        ImportService other = service(oneArticle(), time, ImportJobs.HEARTBEAT);
        assertThatThrownBy(() -> other.start(oneArticle().file(dir), "second.xml", "admin"))
                .isInstanceOfSatisfying(
                        ImportRefused.class, e -> assertThat(e.code()).isEqualTo("import.error.running"));
        gate.countDown();
        assertThat(ImportServiceTest.finished(running).state()).isEqualTo(ImportJob.State.DONE);
    }

    Instant heartbeat() {
        return jdbc.queryForObject("SELECT updated_at FROM import_jobs WHERE running = 1", OffsetDateTime.class)
                .toInstant();
    }

    ScriptedExport oneArticle() {
        return new ScriptedExport(ExportFormat.WORDPRESS)
                .add(post(
                        "wp-1",
                        "Harbour reopens",
                        "<p>Reopened.</p>",
                        "2019-01-05T09:00:00Z",
                        PUBLISHED,
                        List.of(),
                        null,
                        "harbour",
                        List.of(),
                        1L));
    }

    ImportJob importing(ImportService service) {
        service.start(oneArticle().file(dir), "blog.xml", "admin");
        return ImportServiceTest.finished(service);
    }

    ImportService service(ScriptedExport export, Clock time, Duration heartbeat) {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return new ImportService(
                List.of(export),
                jdbc,
                transactions,
                targets,
                new MarkdownRenderer(new FakeMedia.Library()),
                events,
                time,
                messages,
                heartbeat);
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
