package app.gazette.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins from one address, whatever the login, in an hour that starts with the first
 * of them: after 100 the address may not try again until that hour is over.
 */
@Entity
@Table(name = "login_ip_failures")
class IpFailures {

    static final int MOST_PER_HOUR = 100;
    static final Duration HOUR = Duration.ofHours(1);

    @Id
    private String ip;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    protected IpFailures() {}

    IpFailures(String ip, Instant now) {
        this.ip = ip;
        this.windowStart = now;
    }

    void fail(Instant now) {
        if (!now.isBefore(windowStart.plus(HOUR))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
    }

    Optional<Instant> blockedUntil(Instant now) {
        Instant end = windowStart.plus(HOUR);
        return failures >= MOST_PER_HOUR && now.isBefore(end) ? Optional.of(end) : Optional.empty();
    }
}
