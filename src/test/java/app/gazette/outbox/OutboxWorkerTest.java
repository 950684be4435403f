package app.gazette.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The worker against the real table: every statement commits, as on a running node. */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({Outbox.class, OutboxJobs.class, OutboxWorkerTest.Config.class})
class OutboxWorkerTest {

    static final Instant MADE = Instant.parse("2026-03-01T12:00:00Z");

    @TestConfiguration
    static class Config {
        @Bean
        MutableClock clock() {
            return new MutableClock(MADE);
        }

        @Bean
        JdbcClient jdbcClient(JdbcTemplate jdbc) {
            return JdbcClient.create(jdbc);
        }
    }

    /** Records when each job was run and answers as told. */
    static final class Recorder implements OutboxHandler {
        final Queue<Long> ran = new ConcurrentLinkedQueue<>();
        final List<Instant> at = new ArrayList<>();
        final List<Boolean> last = new ArrayList<>();
        final Clock clock;
        volatile boolean succeed;

        Recorder(Clock clock, boolean succeed) {
            this.clock = clock;
            this.succeed = succeed;
        }

        @Override
        public String kind() {
            return "test";
        }

        @Override
        public OutboxResult handle(OutboxJob job) {
            ran.add(job.id());
            synchronized (this) {
                at.add(clock.instant());
                last.add(job.last());
            }
            return succeed ? OutboxResult.succeeded() : OutboxResult.failed("status 500");
        }
    }

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxJobs jobs;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM outbox_jobs");
        clock.set(MADE);
    }

    void enqueue(int count) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue("test", "{\"n\":" + i + "}");
            }
        });
    }

    @Test
    void aJobLeftByARolledBackTransactionNeverRuns() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.enqueue("test", "{}");
            status.setRollbackOnly();
        });
        Recorder handler = new Recorder(clock, true);

        assertThat(new OutboxWorker(jobs, List.of(handler), clock).runDue()).isZero();
    }

    @Test
    void aDoneJobRunsOnce() {
        enqueue(1);
        Recorder handler = new Recorder(clock, true);
        OutboxWorker worker = new OutboxWorker(jobs, List.of(handler), clock);

        assertThat(worker.runDue()).isEqualTo(1);
        clock.advance(Duration.ofDays(2));
        assertThat(worker.runDue()).isZero();
        assertThat(handler.ran).hasSize(1);
    }

    @Test
    void aFailingJobIsRetriedWithGrowingPausesForADayThenGivenUp() {
        enqueue(1);
        Recorder handler = new Recorder(clock, false);
        OutboxWorker worker = new OutboxWorker(jobs, List.of(handler), clock);

        worker.runDue();
        for (Instant next = nextAttempt(); next != null; next = nextAttempt()) {
            clock.set(next.minusMillis(1));
            assertThat(worker.runDue()).isZero();
            clock.set(next);
            assertThat(worker.runDue()).isEqualTo(1);
        }

        List<Duration> pauses = new ArrayList<>();
        for (int i = 1; i < handler.at.size(); i++) {
            pauses.add(Duration.between(handler.at.get(i - 1), handler.at.get(i)));
        }
        assertThat(pauses.subList(0, 4))
                .containsExactly(
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(120),
                        Duration.ofSeconds(240));
        assertThat(pauses).allMatch(pause -> pause.compareTo(Duration.ofHours(1)) <= 0);
        assertThat(handler.at.get(handler.at.size() - 1))
                .isBefore(MADE.plus(Duration.ofHours(24)).plusSeconds(1));
        assertThat(handler.at.get(handler.at.size() - 1)).isAfter(MADE.plus(Duration.ofHours(23)));
        assertThat(handler.last).last().isEqualTo(true);
        assertThat(handler.last.subList(0, handler.last.size() - 1)).containsOnly(false);
        assertThat(jdbc.queryForObject("SELECT last_error FROM outbox_jobs", String.class))
                .isEqualTo("status 500");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_jobs WHERE given_up_at IS NOT NULL", Integer.class))
                .isEqualTo(1);
        clock.advance(Duration.ofDays(3));
        assertThat(worker.runDue()).isZero();
    }

    @Test
    void twoWorkersRunEveryJobExactlyOnce() throws Exception {
        enqueue(40);
        Recorder handler = new Recorder(clock, true);
        OutboxWorker one = new OutboxWorker(jobs, List.of(handler), clock);
        OutboxWorker two = new OutboxWorker(jobs, List.of(handler), clock);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(() -> {
                start.await();
                return one.runDue();
            });
            Future<Integer> second = pool.submit(() -> {
                start.await();
                return two.runDue();
            });
            start.countDown();
            assertThat(first.get() + second.get()).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }

        assertThat(handler.ran).hasSize(40).doesNotHaveDuplicates();
    }

    private Instant nextAttempt() {
        List<OffsetDateTime> next = jdbc.queryForList(
                "SELECT next_attempt_at FROM outbox_jobs WHERE given_up_at IS NULL AND done_at IS NULL",
                OffsetDateTime.class);
        return next.isEmpty() ? null : next.get(0).toInstant();
    }
}
