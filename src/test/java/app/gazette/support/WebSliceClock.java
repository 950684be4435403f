package app.gazette.support;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The web slice's clock: a MutableClock that tests may move (each test starts from {@link #START}). */
@TestConfiguration(proxyBeanMethods = false)
public class WebSliceClock {

    public static final Instant START = Instant.parse("2019-02-09T12:00:00Z");

    @Bean
    MutableClock clock() {
        return new MutableClock(START);
    }
}
