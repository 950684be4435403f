package app.gazette.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The guard on the real tables: what one node writes is what every node reads. */
@DataJpaTest
@Import({LoginGuard.class, LoginGuardTest.Time.class})
class LoginGuardTest {

    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @TestConfiguration
    static class Time {
        @Bean
        MutableClock clock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    LoginGuard guard;

    @Autowired
    MutableClock clock;

    @Autowired
    LoginAttemptRepository attempts;

    @BeforeEach
    void startTheClock() {
        clock.set(START);
    }

    @Test
    void theFifthFailureLocksThePairEvenForTheRightPassword() {
        failTimes("admin", "203.0.113.66", 4);
        assertThat(guard.lock("admin", "203.0.113.66")).isEmpty();

        guard.failed("admin", "203.0.113.66");

        assertThat(guard.lock("admin", "203.0.113.66")).hasValueSatisfying(lock -> {
            assertThat(lock.until()).isEqualTo(START.plus(Duration.ofMinutes(10)));
            assertThat(lock.left()).isEqualTo(Duration.ofMinutes(10));
        });
        assertThat(guard.lock("ADMIN ", "203.0.113.66")).isPresent();
    }

    @Test
    void anAttackerOnOneAddressDoesNotLockTheRealUserOutOnAnother() {
        failTimes("admin", "203.0.113.66", 5);

        assertThat(guard.lock("admin", "203.0.113.66")).isPresent();
        assertThat(guard.lock("admin", "198.51.100.2")).isEmpty();
        assertThat(guard.lock("ada", "203.0.113.66")).isEmpty();
    }

    @Test
    void unknownLoginsAreCountedLikeKnownOnes() {
        failTimes("no-such-user", "203.0.113.66", 5);

        assertThat(guard.lock("no-such-user", "203.0.113.66")).isPresent();
    }

    @Test
    void theLockEndsOnTimeAndTheNextOneIsTwiceAsLong() {
        failTimes("admin", "203.0.113.66", 5);
        clock.advance(Duration.ofMinutes(10));
        assertThat(guard.lock("admin", "203.0.113.66")).isEmpty();

        failTimes("admin", "203.0.113.66", 5);

        assertThat(guard.lock("admin", "203.0.113.66")).map(LoginLock::left).contains(Duration.ofMinutes(20));
    }

    @Test
    void aSuccessForgetsTheFailuresAndTheLockLevel() {
        failTimes("admin", "203.0.113.66", 5);
        clock.advance(Duration.ofMinutes(10));
        failTimes("admin", "203.0.113.66", 3);

        guard.succeeded("Admin", "203.0.113.66");

        assertThat(attempts.findById(LoginKey.of("admin", "203.0.113.66"))).isEmpty();
        failTimes("admin", "203.0.113.66", 4);
        assertThat(guard.lock("admin", "203.0.113.66")).isEmpty();
        guard.failed("admin", "203.0.113.66");
        assertThat(guard.lock("admin", "203.0.113.66")).map(LoginLock::left).contains(Duration.ofMinutes(10));
    }

    @Test
    void anAddressWithAHundredFailuresInAnHourIsStoppedForEveryLogin() {
        for (int i = 0; i < 100; i++) {
            guard.failed("user" + (i % 25), "203.0.113.99");
            clock.advance(Duration.ofSeconds(20));
        }

        assertThat(guard.lock("someone-else", "203.0.113.99"))
                .map(LoginLock::until)
                .contains(START.plus(Duration.ofHours(1)));
        assertThat(guard.lock("someone-else", "198.51.100.2")).isEmpty();
        clock.set(START.plus(Duration.ofHours(1)));
        assertThat(guard.lock("someone-else", "203.0.113.99")).isEmpty();
    }

    /** Every way of writing "admin" that the sign-in form accepts as admin counts against one lock. */
    static final List<String> ADMIN_VARIANTS = List.of(
            "admin\u0001",
            "\u0000admin",
            "admin\u001f",
            " ADMIN\t",
            "admin\u200b",
            "\u00a0admin\u3000",
            "\uff41\uff44\uff4d\uff49\uff4e",
            "Admin\r\n");

    @Test
    void theSignInLockIsNotBypassedWithControlCharacters() {
        for (int i = 0; i < 5; i++) {
            assertThat(guard.lock("admin", "203.0.113.66")).isEmpty();
            guard.failed(ADMIN_VARIANTS.get(i), "203.0.113.66");
        }

        assertThat(guard.lock("admin", "203.0.113.66")).isPresent();
        for (String variant : ADMIN_VARIANTS) {
            assertThat(guard.lock(variant, "203.0.113.66")).as(variant).isPresent();
        }
        assertThat(guard.lock("ad\u0001min", "203.0.113.66")).isEmpty();
    }

    private void failTimes(String username, String ip, int times) {
        for (int i = 0; i < times; i++) {
            guard.failed(username, ip);
        }
    }
}
