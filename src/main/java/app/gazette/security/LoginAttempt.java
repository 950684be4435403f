package app.gazette.security;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins of one login from one address. The fifth failure within 15 minutes locks the
 * pair for 10 minutes, each later lock twice as long as the one before, 24 hours at most. A
 * successful sign-in deletes the row, and with it the count and the lock level.
 */
@Entity
@Table(name = "login_attempts")
class LoginAttempt {

    static final int FAILURES_TO_LOCK = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofMinutes(10);
    static final Duration LONGEST_LOCK = Duration.ofHours(24);
    /** 10 minutes doubled 8 times is past 24 hours: higher levels change nothing. */
    private static final int TOP_LEVEL = 8;

    @EmbeddedId
    private LoginKey key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "lock_level", nullable = false)
    private int lockLevel;

    protected LoginAttempt() {}

    LoginAttempt(LoginKey key, Instant now) {
        this.key = key;
        this.windowStart = now;
    }

    LoginKey getKey() {
        return key;
    }

    int getLockLevel() {
        return lockLevel;
    }

    Optional<Instant> lockedUntil(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** Counts a failure; returns the lock it caused, if it caused one. */
    Optional<Instant> fail(Instant now) {
        if (!now.isBefore(windowStart.plus(WINDOW))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures < FAILURES_TO_LOCK) {
            return Optional.empty();
        }
        lockedUntil = now.plus(lockDuration(lockLevel));
        lockLevel = Math.min(lockLevel + 1, TOP_LEVEL);
        failures = 0;
        windowStart = now;
        return Optional.of(lockedUntil);
    }

    static Duration lockDuration(int level) {
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(level, TOP_LEVEL));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }
}
