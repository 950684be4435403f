package app.gazette.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code outbox_jobs} table. A job is claimed by the one UPDATE that finds it unclaimed (or its
 * claim run out) and moves {@code claimed_until} into the future: on PostgreSQL a second node's
 * UPDATE waits for the first and then no longer matches; on H2 the same.
 */
@Repository
class OutboxJobs {

    /** A job's row as the worker needs it. */
    record Row(long id, String kind, String payload, int attempts, Instant createdAt) {}

    private final JdbcClient jdbc;

    OutboxJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String kind, String payload, Instant now) {
        jdbc.sql("INSERT INTO outbox_jobs (kind, payload, attempts, created_at, next_attempt_at)"
                        + " VALUES (?, ?, 0, ?, ?)")
                .params(kind, payload, utc(now), utc(now))
                .update();
    }

    /** Ids of up to {@code limit} jobs due at {@code now} and not claimed, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM outbox_jobs WHERE done_at IS NULL AND given_up_at IS NULL"
                        + " AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)"
                        + " ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY")
                .params(utc(now), utc(now))
                .query(Long.class)
                .list();
    }

    /** Claims a due job for {@code claimant} until {@code until}; whether this call got it. */
    boolean claim(long id, String claimant, Instant now, Instant until) {
        return jdbc.sql("UPDATE outbox_jobs SET claimed_by = ?, claimed_until = ? WHERE id = ?"
                                + " AND done_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= ?"
                                + " AND (claimed_until IS NULL OR claimed_until < ?)")
                        .params(claimant, utc(until), id, utc(now), utc(now))
                        .update()
                == 1;
    }

    Row find(long id) {
        return jdbc.sql("SELECT id, kind, payload, attempts, created_at FROM outbox_jobs WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .single();
    }

    void done(long id, String claimant, Instant now) {
        finish("done_at = ?, last_error = NULL", id, claimant, utc(now));
    }

    void retry(long id, String claimant, Instant next, String error) {
        finish("next_attempt_at = ?, last_error = ?", id, claimant, utc(next), cut(error));
    }

    void giveUp(long id, String claimant, Instant now, String error) {
        finish("given_up_at = ?, last_error = ?", id, claimant, utc(now), cut(error));
    }

    /** Deletes finished jobs (done or given up) that finished before {@code before}. */
    int prune(Instant before) {
        return jdbc.sql("DELETE FROM outbox_jobs WHERE done_at < ? OR given_up_at < ?")
                .params(utc(before), utc(before))
                .update();
    }

    private void finish(String set, long id, String claimant, Object... values) {
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = id;
        params[values.length + 1] = claimant;
        jdbc.sql("UPDATE outbox_jobs SET " + set + ", attempts = attempts + 1, claimed_by = NULL,"
                        + " claimed_until = NULL WHERE id = ? AND claimed_by = ?")
                .params(params)
                .update();
    }

    private static String cut(String error) {
        return error.length() <= 300 ? error : error.substring(0, 300);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
