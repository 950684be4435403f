package app.gazette.api.limit;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-key limit on the real table, committed as in production: two limiters stand for two
 * nodes sharing the database, and together they let exactly the limit through in a minute.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RateLimiterTest {

    static final Instant START = Instant.parse("2026-03-01T10:00:20Z");
    static final int LIMIT = 30;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    final MutableClock clock = new MutableClock(START);
    RateLimiter node1;
    RateLimiter node2;
    long key;

    @BeforeEach
    void key() {
        node1 = new RateLimiter(jdbc, transactions, clock, LIMIT);
        node2 = new RateLimiter(jdbc, transactions, clock, LIMIT);
        jdbc.update(
                "INSERT INTO content_keys (name, key_hash, key_hint, created_at, issued_at) VALUES (?, ?, ?, ?, ?)",
                "Rate test",
                Long.toString(System.nanoTime()),
                "abcd",
                START.atOffset(ZoneOffset.UTC),
                START.atOffset(ZoneOffset.UTC));
        key = jdbc.queryForObject("SELECT MAX(id) FROM content_keys", Long.class);
    }

    @AfterEach
    void forget() {
        jdbc.update("DELETE FROM content_keys WHERE id = ?", key);
    }

    @Test
    void twoNodesTogetherLetExactlyTheLimitThrough() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> requests = new ArrayList<>();
            for (int i = 0; i < 2 * LIMIT; i++) {
                RateLimiter node = i % 2 == 0 ? node1 : node2;
                requests.add(() -> node.take(key).allowed());
            }
            int allowed = 0;
            for (Future<Boolean> answer : pool.invokeAll(requests)) {
                allowed += answer.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(LIMIT);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theNextMinuteStartsAfreshAndDropsTheOldWindow() {
        for (int i = 0; i < LIMIT; i++) {
            assertThat(node1.take(key).allowed()).isTrue();
        }
        RateLimiter.Decision refused = node2.take(key);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(40);
        clock.advance(Duration.ofSeconds(40));
        assertThat(node2.take(key).allowed()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_rate_windows WHERE key_id = ?", Integer.class, key))
                .isEqualTo(1);
    }

    @Test
    void aRevokedKeysWindowsGoWithIt() {
        node1.take(key);
        jdbc.update("DELETE FROM content_keys WHERE id = ?", key);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_rate_windows WHERE key_id = ?", Integer.class, key))
                .isZero();
    }
}
