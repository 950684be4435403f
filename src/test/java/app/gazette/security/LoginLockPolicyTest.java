package app.gazette.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lock rules alone: counts, windows and lock lengths, with a clock moved by hand. */
class LoginLockPolicyTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final LoginAttempt attempt = new LoginAttempt(LoginKey.of("ada", "203.0.113.7"), clock.instant());

    @Test
    void fourFailuresDoNotLockAndTheFifthLocksForTenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(failNow()).isEmpty();
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(attempt.lockedUntil(clock.instant())).isEmpty();

        Optional<Instant> lock = failNow();

        assertThat(lock).contains(clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(attempt.lockedUntil(clock.instant().plus(Duration.ofMinutes(9))))
                .isPresent();
        assertThat(attempt.lockedUntil(clock.instant().plus(Duration.ofMinutes(10))))
                .isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        for (int i = 0; i < 10; i++) {
            assertThat(failNow()).isEmpty();
            clock.advance(Duration.ofMinutes(4));
        }
    }

    @Test
    void eachLockIsTwiceAsLongAsTheOneBeforeUpToADay() {
        long[] minutes = {10, 20, 40, 80, 160, 320, 640, 1280, 1440, 1440};
        for (long expected : minutes) {
            Instant lockedUntil = lockAfterFiveFailures();
            assertThat(Duration.between(clock.instant(), lockedUntil)).isEqualTo(Duration.ofMinutes(expected));
            clock.set(lockedUntil);
        }
    }

    @Test
    void theLockLevelCanNotOverflowHoweverLongTheAttackGoesOn() {
        assertThat(LoginAttempt.lockDuration(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void anAddressMayFailAHundredTimesAnHourAndIsThenStoppedUntilTheHourIsOver() {
        Instant start = clock.instant();
        IpFailures address = new IpFailures("203.0.113.7", start);
        for (int i = 0; i < 99; i++) {
            address.fail(clock.instant());
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(address.blockedUntil(clock.instant())).isEmpty();

        address.fail(clock.instant());

        assertThat(address.blockedUntil(clock.instant())).contains(start.plus(Duration.ofHours(1)));
        assertThat(address.blockedUntil(start.plus(Duration.ofHours(1)))).isEmpty();
        address.fail(start.plus(Duration.ofHours(1)));
        assertThat(address.blockedUntil(start.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void loginsAreComparedTrimmedAndInLowerCase() {
        assertThat(LoginKey.of("  Ada ", "::1")).isEqualTo(LoginKey.of("ada", "::1"));
        assertThat(LoginKey.of("x".repeat(500), null).username()).hasSize(LoginKey.MAX_USERNAME);
    }

    @Test
    void logLinesGetNoControlCharacters() {
        assertThat(LoginGuard.printable("ada\r\nlogin ok for 'admin'")).isEqualTo("ada??login ok for 'admin'");
    }

    private Optional<Instant> failNow() {
        return attempt.fail(clock.instant());
    }

    private Instant lockAfterFiveFailures() {
        for (int i = 0; i < 4; i++) {
            assertThat(failNow()).isEmpty();
        }
        return failNow().orElseThrow();
    }
}
