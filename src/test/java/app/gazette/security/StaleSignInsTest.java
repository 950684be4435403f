package app.gazette.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pruning old sessions and sign-in rows: by the injected clock, on one node per run. Outside a test
 * transaction, as on a node: a lock must be committed at once to be seen by the others.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({JobLocks.class, StaleSignIns.class, StaleSignInsTest.Time.class})
class StaleSignInsTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TestConfiguration
    static class Time {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    JobLocks locks;

    @Autowired
    StaleSignIns node;

    @BeforeEach
    void startTheClockOnEmptyTables() {
        clock.set(NOW);
        for (String table : List.of("spring_session", "login_attempts", "login_ip_failures", "job_locks")) {
            jdbc.update("delete from " + table);
        }
    }

    @Test
    void expiredSessionsAndOldLoginAttemptsArePrunedOnAScheduleThatRunsOnceAcrossNodes() {
        session("expired", NOW.minusSeconds(1));
        session("live", NOW.plusSeconds(60));
        attempt("quiet-for-a-day", NOW.minus(Duration.ofHours(25)), null);
        attempt("recent", NOW.minus(Duration.ofHours(2)), null);
        attempt("lock-ended-an-hour-ago", NOW.minus(Duration.ofHours(26)), NOW.minus(Duration.ofHours(1)));
        attempt("lock-ended-two-days-ago", NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2)));
        address("203.0.113.1", NOW.minus(Duration.ofMinutes(61)));
        address("203.0.113.2", NOW.minus(Duration.ofMinutes(59)));
        StaleSignIns otherNode = new StaleSignIns(new JobLocks(jdbc), jdbc, clock);

        assertThat(node.pruneOnOneNode()).isTrue();
        assertThat(otherNode.pruneOnOneNode()).isFalse();

        assertThat(jdbc.queryForList("select trim(session_id) from spring_session", String.class))
                .containsExactly("live");
        assertThat(jdbc.queryForList("select username from login_attempts order by username", String.class))
                .containsExactly("lock-ended-an-hour-ago", "recent");
        assertThat(jdbc.queryForList("select ip from login_ip_failures", String.class))
                .containsExactly("203.0.113.2");
        clock.advance(StaleSignIns.LEASE.minusSeconds(1));
        assertThat(otherNode.pruneOnOneNode()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(otherNode.pruneOnOneNode()).isTrue();
        assertThat(node.pruneOnOneNode()).isFalse();
    }

    @Test
    void nodesRacingForALockGetItOnceBetweenThem() throws Exception {
        String job = "race";
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                Instant at = NOW.plus(Duration.ofHours(round));
                List<Callable<Boolean>> tries = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    tries.add(() -> locks.tryLock(job, at, Duration.ofMinutes(5)));
                }
                long winners = 0;
                for (Future<Boolean> won : nodes.invokeAll(tries)) {
                    winners += won.get() ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isOne();
            }
        } finally {
            nodes.shutdown();
        }
    }

    private void session(String id, Instant expiry) {
        jdbc.update(
                "insert into spring_session (primary_id, session_id, creation_time, last_access_time,"
                        + " max_inactive_interval, expiry_time) values (?, ?, 0, 0, 1800, ?)",
                UUID.randomUUID().toString(),
                id,
                expiry.toEpochMilli());
    }

    private void attempt(String username, Instant windowStart, Instant lockedUntil) {
        jdbc.update(
                "insert into login_attempts (username, ip, failures, window_start, locked_until, lock_level)"
                        + " values (?, '203.0.113.9', 1, ?, ?, 0)",
                username,
                JobLocks.utc(windowStart),
                lockedUntil == null ? null : JobLocks.utc(lockedUntil));
    }

    private void address(String ip, Instant windowStart) {
        jdbc.update(
                "insert into login_ip_failures (ip, failures, window_start) values (?, 3, ?)",
                ip,
                JobLocks.utc(windowStart));
    }
}
