package app.gazette.api.limit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The per-key rate limit ({@code gazette.api.rate-limit} requests a minute): a fixed window per key
 * and minute, counted in one row of {@code api_rate_windows} that every node increments, so the limit
 * holds across nodes. A request increments the row and reads it back in one short transaction, so the
 * row lock makes each request see its own count; the first request of a minute inserts the row (a node
 * that loses the race to insert it increments it instead) and drops the key's older windows.
 */
@Component
public class RateLimiter {

    private static final String INCREMENT =
            "UPDATE api_rate_windows SET requests = requests + 1 WHERE key_id = ? AND window_start = ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int limit;

    RateLimiter(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${gazette.api.rate-limit:600}") int limit) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.limit = limit;
    }

    /** Counts one request of the key; whether it is within the limit, and if not, when to try again. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Decision take(long keyId) {
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        int count = increment(keyId, utc(window));
        long untilNext =
                Duration.between(now, window.plus(Duration.ofMinutes(1))).toMillis();
        return new Decision(count <= limit, limit, Math.max(1, (untilNext + 999) / 1000));
    }

    private int increment(long keyId, OffsetDateTime window) {
        Integer count = incremented(keyId, window);
        if (count != null) {
            return count;
        }
        try {
            jdbc.update(
                    "INSERT INTO api_rate_windows (key_id, window_start, requests) VALUES (?, ?, 1)", keyId, window);
            jdbc.update("DELETE FROM api_rate_windows WHERE key_id = ? AND window_start < ?", keyId, window);
            return 1;
        } catch (DataIntegrityViolationException raced) {
            // another node inserted the row first (or the key was revoked meanwhile)
            count = incremented(keyId, window);
            return count == null ? 1 : count;
        }
    }

    /** The window's count after this request, or null when the window has no row yet. */
    private Integer incremented(long keyId, OffsetDateTime window) {
        return transaction.execute(status -> jdbc.update(INCREMENT, keyId, window) == 0
                ? null
                : jdbc.queryForObject(
                        "SELECT requests FROM api_rate_windows WHERE key_id = ? AND window_start = ?",
                        Integer.class,
                        keyId,
                        window));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Whether a request may go on; {@code retryAfterSeconds} until the key's next window. */
    public record Decision(boolean allowed, int limit, long retryAfterSeconds) {}
}
