package app.gazette.pagecache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, a change of public content reaches every node at once rather than at its next poll: the
 * writer's transaction sends NOTIFY gazette_content (delivered when it commits, dropped if it rolls back),
 * and each node keeps one connection of its own, outside the pool, listening and reading the version as
 * soon as one arrives. A dropped connection is opened again after 0.5 s, then up to 30 s apart; meanwhile,
 * and on H2, {@link ContentVersion}'s poll keeps nodes within half a second. gazette.content-version.notify
 * (true) turns it off. The payload is the sender's wall time, so gazette_content_version_lag_seconds is
 * the time from a change to this node reading it (nodes' clocks in step, as with NTP).
 */
@Component
class ContentNotifications implements SmartLifecycle {

    static final String CHANNEL = "gazette_content";
    static final String LISTENER_NAME = "gazette-content-listener";
    private static final Logger log = LoggerFactory.getLogger(ContentNotifications.class);
    private static final long WAIT_MILLIS = 500;
    private static final long CHECK_MILLIS = 30_000;
    private static final long MIN_BACKOFF_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final ContentVersion version;
    private final JdbcTemplate jdbc;
    private final DataSourceProperties database;
    private final boolean on;
    private final Timer lag;
    private volatile Thread listener;

    ContentNotifications(
            ContentVersion version,
            JdbcTemplate jdbc,
            DataSourceProperties database,
            MeterRegistry registry,
            @Value("${gazette.content-version.notify:true}") boolean notify) {
        this.version = version;
        this.jdbc = jdbc;
        this.database = database;
        this.on = notify
                && "PostgreSQL".equalsIgnoreCase(jdbc.execute((ConnectionCallback<String>)
                        c -> c.getMetaData().getDatabaseProductName()));
        this.lag = Timer.builder("gazette.content.version.lag")
                .description("From a change of public content on any node to this node reading it (NOTIFY)")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        registry.gauge("gazette.content.version", version, ContentVersion::seen);
    }

    /** In the writer's transaction, beside {@link ContentVersion#on}: sent on commit only. */
    @EventListener
    public void on(PublicContentChanged change) {
        if (on) {
            jdbc.queryForList("SELECT pg_notify(?, ?)", CHANNEL, Long.toString(System.currentTimeMillis()));
        }
    }

    @Override
    public synchronized void start() {
        Thread thread = new Thread(this::listen, LISTENER_NAME);
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public boolean isAutoStartup() {
        return on;
    }

    @Override
    public synchronized void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2 * WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private boolean listening() {
        return listener == Thread.currentThread();
    }

    private void listen() {
        long backoff = MIN_BACKOFF_MILLIS;
        while (listening()) {
            try (Connection connection = connect()) {
                backoff = MIN_BACKOFF_MILLIS;
                version.reload();
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                if (!listening()) {
                    return;
                }
                log.warn("Content notifications lost ({}); polling meanwhile, listening again in {} ms", e, backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException stopped) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.determineUsername());
        String password = database.determinePassword();
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", LISTENER_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = DriverManager.getConnection(database.determineUrl(), properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Until stopped, or the connection fails (checked every 30 s when nothing arrives). */
    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (listening()) {
            PGNotification[] notifications = postgres.getNotifications((int) WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                version.reload();
                long now = System.currentTimeMillis();
                for (PGNotification notification : notifications) {
                    record(now, notification.getParameter());
                }
                checked = System.nanoTime();
            } else if (System.nanoTime() - checked
                    > Duration.ofMillis(CHECK_MILLIS).toNanos()) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the listening connection stopped answering");
                }
                checked = System.nanoTime();
            }
        }
    }

    private void record(long now, String sentAt) {
        try {
            lag.record(Duration.ofMillis(Math.max(0, now - Long.parseLong(sentAt))));
        } catch (NumberFormatException notOurs) {
            log.debug("Ignored a notification on {}: {}", CHANNEL, sentAt);
        }
    }
}
