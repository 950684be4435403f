package app.gazette.api;

import app.gazette.support.AppTest;
import app.gazette.support.MutableClock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application for the Content API's tests, one context for all of them: a database of its
 * own, a clock the tests move ({@link #START}, inside one minute so each key's rate window holds still)
 * and a rate limit of {@value #LIMIT} requests a minute.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AppTest
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:gazette-api-test;DB_CLOSE_DELAY=-1",
            "gazette.api.rate-limit=" + ApiAppTest.LIMIT
        })
@Import(ApiAppTest.Time.class)
public @interface ApiAppTest {

    int LIMIT = 40;
    String START = "2026-06-01T12:00:05Z";

    @TestConfiguration(proxyBeanMethods = false)
    class Time {

        @Bean
        @Primary
        MutableClock apiClock() {
            return new MutableClock(Instant.parse(START));
        }
    }
}
