package app.gazette.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhook tables, by JDBC: hooks, their delivery log and the one row of state. */
@Repository
class WebhookStore {

    /** A hook as stored; events are wire names. */
    record Hook(long id, String url, List<String> events, String description, String secret, boolean enabled) {}

    /** A logged attempt. */
    record Attempt(String event, Instant at, int attempt, String outcome, Integer code, long millis, String error) {}

    private static final String HOOK = "SELECT id, url, events, description, secret, enabled FROM webhooks";

    private final JdbcClient jdbc;

    WebhookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Hook> all() {
        return jdbc.sql(HOOK + " ORDER BY id").query(WebhookStore::hook).list();
    }

    Optional<Hook> find(long id) {
        return jdbc.sql(HOOK + " WHERE id = ?")
                .param(id)
                .query(WebhookStore::hook)
                .optional();
    }

    void insert(String url, List<String> events, String description, String secret, Instant now) {
        jdbc.sql("INSERT INTO webhooks (url, events, description, secret, enabled, created_at)"
                        + " VALUES (?, ?, ?, ?, TRUE, ?)")
                .params(url, String.join(",", events), description, secret, utc(now))
                .update();
    }

    boolean setSecret(long id, String secret) {
        return jdbc.sql("UPDATE webhooks SET secret = ? WHERE id = ?")
                        .params(secret, id)
                        .update()
                == 1;
    }

    boolean setEnabled(long id, boolean enabled) {
        return jdbc.sql("UPDATE webhooks SET enabled = ? WHERE id = ?")
                        .params(enabled, id)
                        .update()
                == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM webhooks WHERE id = ?").param(id).update() == 1;
    }

    void log(long hookId, Attempt a) {
        jdbc.sql("INSERT INTO webhook_deliveries (webhook_id, event, attempted_at, attempt, outcome, response_code,"
                        + " duration_ms, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(hookId, a.event(), utc(a.at()), a.attempt(), a.outcome(), a.code(), a.millis(), a.error())
                .update();
    }

    List<Attempt> latest(long hookId, int count) {
        return jdbc.sql("SELECT event, attempted_at, attempt, outcome, response_code, duration_ms, error"
                        + " FROM webhook_deliveries WHERE webhook_id = ? ORDER BY attempted_at DESC, id DESC"
                        + " FETCH FIRST " + count + " ROWS ONLY")
                .param(hookId)
                .query((rs, n) -> new Attempt(
                        rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getInt(3),
                        rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class),
                        rs.getLong(6),
                        rs.getString(7)))
                .list();
    }

    /** Deletes log rows older than {@code before}. */
    void prune(Instant before) {
        jdbc.sql("DELETE FROM webhook_deliveries WHERE attempted_at < ?")
                .param(utc(before))
                .update();
    }

    boolean allowPrivate() {
        return jdbc.sql("SELECT allow_private FROM webhook_state WHERE id = 1")
                .query(Boolean.class)
                .single();
    }

    void allowPrivate(boolean allow) {
        jdbc.sql("UPDATE webhook_state SET allow_private = ? WHERE id = 1")
                .param(allow)
                .update();
    }

    Optional<Instant> scheduledChecked() {
        return jdbc.sql("SELECT scheduled_checked FROM webhook_state WHERE id = 1")
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .single();
    }

    /** Moves the scheduled check from {@code from} (null: never checked) to {@code to}; whether this call did. */
    boolean claimScheduled(Instant from, Instant to) {
        return (from == null
                                ? jdbc.sql("UPDATE webhook_state SET scheduled_checked = ? WHERE id = 1"
                                                + " AND scheduled_checked IS NULL")
                                        .param(utc(to))
                                : jdbc.sql("UPDATE webhook_state SET scheduled_checked = ? WHERE id = 1"
                                                + " AND scheduled_checked = ?")
                                        .params(utc(to), utc(from)))
                        .update()
                == 1;
    }

    private static Hook hook(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Hook(
                rs.getLong(1),
                rs.getString(2),
                Arrays.asList(rs.getString(3).split(",")),
                rs.getString(4),
                rs.getString(5),
                rs.getBoolean(6));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
