package app.gazette.audit;

import app.gazette.security.JobLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes entries older than the retention ({@code gazette.audit.retention}), by the injected clock,
 * once a day ({@code gazette.audit.prune-cron}) on the one node that takes the lock ({@link JobLocks}).
 */
@Component
class AuditRetention {

    static final String JOB = "prune-audit-log";
    /** Shorter than a day, longer than any clock skew between nodes. */
    static final Duration LEASE = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JobLocks locks;
    private final AuditRepository entries;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration retention;

    AuditRetention(
            JobLocks locks,
            AuditRepository entries,
            PlatformTransactionManager transactions,
            Clock clock,
            AuditProperties properties) {
        this.locks = locks;
        this.entries = entries;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.retention = properties.retention();
    }

    @Scheduled(cron = "${gazette.audit.prune-cron:0 20 3 * * *}")
    void onSchedule() {
        pruneOnOneNode();
    }

    /** Runs on every node; prunes on the one that takes the lock. Whether this node pruned. */
    boolean pruneOnOneNode() {
        Instant now = clock.instant();
        if (!locks.tryLock(JOB, now, LEASE)) {
            return false;
        }
        Integer pruned = transaction.execute(status -> entries.deleteOlderThan(now.minus(retention)));
        if (pruned != null && pruned > 0) {
            log.info("pruned {} audit-log entries older than {}", pruned, retention);
        }
        return true;
    }
}
