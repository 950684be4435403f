package app.gazette.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed job is tried again: 30 s after the first attempt, then twice as long after each
 * further one, at most an hour apart, for 24 hours after the job was made; then never.
 */
public final class Backoff {

    public static final Duration FIRST = Duration.ofSeconds(30);
    public static final Duration LONGEST = Duration.ofHours(1);
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    private Backoff() {}

    /** How long to wait after failed attempt number {@code attempt} (from 1). */
    public static Duration delayAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 20);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }

    /** The next attempt after failed attempt {@code attempt} at {@code now}; empty: give up. */
    public static Optional<Instant> next(Instant createdAt, int attempt, Instant now) {
        Instant next = now.plus(delayAfter(attempt));
        return next.isAfter(createdAt.plus(GIVE_UP_AFTER)) ? Optional.empty() : Optional.of(next);
    }
}
