package app.gazette.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.security.JobLocks;
import app.gazette.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entries older than the configured retention are deleted, by the injected clock, on one node per
 * run. Outside a test transaction, as on a node: the lock must be committed at once.
 */
@DataJpaTest(properties = "gazette.audit.retention=30")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@EnableConfigurationProperties(AuditProperties.class)
@Import({JobLocks.class, AuditRetention.class, AuditRetentionTest.Time.class})
class AuditRetentionTest {

    static final Instant NOW = Instant.parse("2026-03-01T03:20:00Z");

    @TestConfiguration
    static class Time {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    AuditRetention node;

    @Autowired
    AuditRepository entries;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startTheClockOnAnEmptyLog() {
        clock.set(NOW);
        entries.deleteAll();
        jdbc.update("delete from job_locks");
    }

    @Test
    void entriesPastTheRetentionArePrunedOnceAcrossNodes() {
        add("thirty-one-days-old", NOW.minus(Duration.ofDays(31)));
        add("just-past", NOW.minus(Duration.ofDays(30)).minusSeconds(1));
        add("thirty-days-old", NOW.minus(Duration.ofDays(30)));
        add("today", NOW.minusSeconds(60));

        assertThat(node.pruneOnOneNode()).isTrue();
        assertThat(node.pruneOnOneNode()).as("another node, same run").isFalse();

        assertThat(targets()).containsExactlyInAnyOrder("thirty-days-old", "today");
        clock.advance(AuditRetention.LEASE.plus(Duration.ofDays(1)));
        assertThat(node.pruneOnOneNode()).isTrue();
        assertThat(targets()).containsExactly("today");
    }

    private java.util.List<String> targets() {
        return entries.findAll().stream().map(e -> e.toView().target()).toList();
    }

    private void add(String target, Instant at) {
        entries.save(new AuditEntry(at, "ada", AuditAction.SIGN_IN, target, null));
    }
}
