package app.gazette.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    static final Instant MADE = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void waitsThirtySecondsThenTwiceAsLongEachTime() {
        assertThat(Backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(Backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(Backoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
    }

    @Test
    void neverWaitsMoreThanAnHour() {
        assertThat(Backoff.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.delayAfter(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void givesUpWhenTheNextAttemptWouldBeMoreThanADayAfterTheJobWasMade() {
        assertThat(Backoff.next(MADE, 1, MADE)).contains(MADE.plusSeconds(30));
        Instant late = MADE.plus(Duration.ofHours(23));
        assertThat(Backoff.next(MADE, 30, late)).contains(late.plus(Duration.ofHours(1)));
        assertThat(Backoff.next(MADE, 31, late.plusSeconds(1))).isEmpty();
    }
}
