package app.gazette.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Prunes, on one node per run ({@link JobLocks}): expired newsroom sessions (Spring Session's own
 * cleanup, which runs on every node by the system clock, is off), sign-in failures a day after their
 * window and lock ended, and per-address counts whose hour is over.
 */
@Component
class StaleSignIns {

    static final String JOB = "prune-sign-ins";
    /** Shorter than the schedule's period, longer than any clock skew between nodes. */
    static final Duration LEASE = Duration.ofMinutes(5);

    static final Duration KEEP_ATTEMPTS = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(StaleSignIns.class);

    private final JobLocks locks;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    StaleSignIns(JobLocks locks, JdbcTemplate jdbc, Clock clock) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${gazette.prune-cron:0 */10 * * * *}")
    void onSchedule() {
        pruneOnOneNode();
    }

    /** Runs on every node; prunes on the one that takes the lock. Whether this node pruned. */
    boolean pruneOnOneNode() {
        Instant now = clock.instant();
        if (!locks.tryLock(JOB, now, LEASE)) {
            return false;
        }
        prune(now);
        return true;
    }

    void prune(Instant now) {
        int sessions = jdbc.update("DELETE FROM spring_session WHERE expiry_time < ?", now.toEpochMilli());
        Instant dayAgo = now.minus(KEEP_ATTEMPTS);
        int attempts = jdbc.update(
                "DELETE FROM login_attempts WHERE window_start < ? AND (locked_until IS NULL OR locked_until < ?)",
                JobLocks.utc(dayAgo),
                JobLocks.utc(dayAgo));
        int addresses = jdbc.update(
                "DELETE FROM login_ip_failures WHERE window_start <= ?", JobLocks.utc(now.minus(IpFailures.HOUR)));
        if (sessions + attempts + addresses > 0) {
            log.info(
                    "pruned {} expired sessions, {} old sign-in failures, {} address counts",
                    sessions,
                    attempts,
                    addresses);
        }
    }
}
