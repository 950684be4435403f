package app.gazette.security;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks in the database (table {@code job_locks}) for scheduled jobs that every node runs but that
 * must run on one of them only: the first node whose UPDATE moves the lock's end from the past into
 * the future runs the job; the others find it held and skip. A lock is never released, only
 * outlived, so a node that dies mid-job holds it no longer than its lease.
 */
@Component
public class JobLocks {

    private static final String NODE = cut(ManagementFactory.getRuntimeMXBean().getName(), 100);

    private final JdbcTemplate jdbc;

    JobLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the named lock for the lease if no node holds it at {@code now}; whether this node got
     * it. Outside any transaction: the others must see the lock at once.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean tryLock(String name, Instant now, Duration lease) {
        OffsetDateTime until = utc(now.plus(lease));
        if (jdbc.update(
                        "UPDATE job_locks SET locked_until = ?, locked_by = ? WHERE name = ? AND locked_until <= ?",
                        until,
                        NODE,
                        name,
                        utc(now))
                == 1) {
            return true;
        }
        try {
            jdbc.update("INSERT INTO job_locks (name, locked_until, locked_by) VALUES (?, ?, ?)", name, until, NODE);
            return true;
        } catch (DataIntegrityViolationException held) {
            return false;
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
