package app.gazette.pagecache;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What readers can see, as a version every node shares: a counter in the database that each change
 * to public content bumps in its own transaction, and the time the next scheduled article appears (or
 * the lead story's time ends).
 * Each node reads it in the background every gazette.content-version.poll-millis (250 ms; 0: no
 * background reads), and a request reads it itself when the last read is over {@link #MAX_AGE_MILLIS}
 * ms old, so a change made on another node shows within that; a change made here, or a scheduled
 * time passing, shows at once. On PostgreSQL {@link ContentNotifications} makes a node read it as soon as
 * another commits a change.
 */
@Component
public class ContentVersion implements SmartLifecycle {

    public static final long MAX_AGE_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(ContentVersion.class);
    private static final String READ = "SELECT v.version, (SELECT MIN(t.at) FROM (SELECT MIN(a.publish_at) AS at"
            + " FROM articles a WHERE a.status = 'PUBLISHED' AND a.publish_at > ? UNION ALL"
            + " SELECT MIN(a.lead_until) FROM articles a WHERE a.lead_until > ?) t)"
            + " FROM content_version v WHERE v.id = 1";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LongSupplier ticker;
    private final long pollMillis;
    private volatile Read last;
    private final AtomicLong seen = new AtomicLong(-1);
    private ScheduledExecutorService poller;

    @Autowired
    ContentVersion(
            JdbcTemplate jdbc, Clock clock, @Value("${gazette.content-version.poll-millis:250}") long pollMillis) {
        this(jdbc, clock, System::nanoTime, pollMillis);
    }

    public ContentVersion(JdbcTemplate jdbc, Clock clock, LongSupplier ticker, long pollMillis) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ticker = ticker;
        this.pollMillis = pollMillis;
    }

    /**
     * The page cache's one listener: public content changed, so the version is bumped. Synchronous on
     * purpose: it runs in the writer's thread and transaction, so the bump commits (or rolls back)
     * with the change itself and no node serves a page from before it once it commits.
     */
    @EventListener
    public void on(PublicContentChanged change) {
        jdbc.update("UPDATE content_version SET version = version + 1 WHERE id = 1");
        last = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    last = null;
                }
            });
        }
    }

    /** A value computed from public content, kept while this version stays the same. */
    public <T> Versioned<T> cached(Supplier<T> compute) {
        return new Versioned<>(this, compute);
    }

    /** The version of public content now: equal keys mean a page rendered then is still right. */
    public Key current() {
        Read read = last;
        long tick = ticker.getAsLong();
        Instant now = clock.instant();
        if (read != null
                && tick - read.at() < TimeUnit.MILLISECONDS.toNanos(MAX_AGE_MILLIS)
                && (read.key().nextPublish() == null || now.isBefore(read.key().nextPublish()))) {
            return read.key();
        }
        return refresh(now, tick);
    }

    private Key refresh(Instant now, long tick) {
        Key key = jdbc.queryForObject(
                READ,
                (rs, row) -> {
                    OffsetDateTime next = rs.getObject(2, OffsetDateTime.class);
                    return new Key(rs.getLong(1), next == null ? null : next.toInstant());
                },
                now.atOffset(ZoneOffset.UTC),
                now.atOffset(ZoneOffset.UTC));
        last = new Read(key, tick);
        seen.accumulateAndGet(key.version(), Math::max);
        return key;
    }

    /** Reads the version now: a change was announced ({@link ContentNotifications}). */
    void reload() {
        poll();
    }

    /** The version this node read last, without reading (-1 before the first read). */
    long seen() {
        return seen.get();
    }

    @Override
    public synchronized void start() {
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "content-version");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean isAutoStartup() {
        return pollMillis > 0;
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }

    private void poll() {
        try {
            refresh(clock.instant(), ticker.getAsLong());
        } catch (RuntimeException e) {
            log.debug("Could not read the content version; requests will read it themselves", e);
        }
    }

    /** The counter and when the next scheduled article appears or a lead ends (null: neither is due). */
    public record Key(long version, Instant nextPublish) {}

    private record Read(Key key, long at) {}
}
