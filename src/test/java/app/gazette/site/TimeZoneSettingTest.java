package app.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.PublicContentChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The site's time zone in the settings row: the configured one until set, announced, seen by every node. */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@EnableConfigurationProperties(GazetteProperties.class)
@Import(TimeZoneSettingTest.Config.class)
class TimeZoneSettingTest {

    @TestConfiguration
    static class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2019-02-09T10:15:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    SiteSettingsRepository repository;

    @Autowired
    GazetteProperties properties;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    final AtomicLong nanos = new AtomicLong();
    final List<Object> events = new ArrayList<>();

    SettingsService node() {
        ContentVersion version = new ContentVersion(jdbc, clock, nanos::get, 0);
        return new SettingsService(repository, properties, transactions, clock, version, event -> {
            events.add(event);
            if (event instanceof PublicContentChanged changed) {
                version.on(changed);
            }
        });
    }

    @BeforeEach
    void emptyTable() {
        repository.deleteAll();
    }

    @Test
    void theConfiguredZoneHoldsUntilAnAdminSetsOneWhichIsAnnouncedOnce() {
        SettingsService settings = node();
        assertThat(settings.timeZone()).isEqualTo(properties.timeZone());

        settings.setTimeZone(ZoneId.of("-08:00"));
        settings.setTimeZone(ZoneId.of("-08:00"));

        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("-08:00"));
        assertThat(jdbc.queryForObject("SELECT time_zone FROM site_settings", String.class))
                .isEqualTo("-08:00");
        assertThat(events)
                .filteredOn(SiteTimeZoneChanged.class::isInstance)
                .containsExactly(new SiteTimeZoneChanged(ZoneId.of("-08:00")));
    }

    @Test
    void anotherNodeSeesTheNewZoneWithinHalfASecond() {
        SettingsService here = node();
        SettingsService there = node();
        assertThat(there.timeZone()).isEqualTo(properties.timeZone());

        here.setTimeZone(ZoneId.of("America/Los_Angeles"));

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(ContentVersion.MAX_AGE_MILLIS));
        assertThat(there.timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    }
}
