package app.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.PublicContentChanged;
import java.time.Clock;
import java.time.Instant;
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

/** The top menu's label names in the settings row: kept in order, set on their own, seen by every node. */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@EnableConfigurationProperties(GazetteProperties.class)
@Import(SectionsSettingTest.Config.class)
class SectionsSettingTest {

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
            // only the page cache's event: the audit log's SettingsChanged is not this test's
            if (event instanceof PublicContentChanged change) {
                events.add(event);
                version.on(change);
            }
        });
    }

    @BeforeEach
    void emptyTable() {
        repository.deleteAll();
    }

    @Test
    void sectionsAreKeptInOrderTellingThePageCacheOnlyOfChanges() {
        SettingsService settings = node();
        assertThat(settings.sections()).isEmpty();

        settings.setSections(List.of("Weather", "Sport", "Harbour news"));
        assertThat(settings.sections()).containsExactly("Weather", "Sport", "Harbour news");
        settings.setSections(List.of("Weather", "Sport", "Harbour news"));
        assertThat(events).hasSize(1);

        settings.setSections(List.of("Sport", "Weather"));
        assertThat(settings.sections()).containsExactly("Sport", "Weather");
        settings.setSections(List.of());
        assertThat(settings.sections()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT sections FROM site_settings", String.class))
                .isNull();
        assertThat(events).hasSize(3);
    }

    @Test
    void moreThanEightSectionsAreRefused() {
        SettingsService settings = node();

        assertThatThrownBy(() -> settings.setSections(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.sections()).isEmpty();
    }

    @Test
    void savingTheSettingsFormOrTheLogoKeepsTheSections() {
        SettingsService settings = node();
        settings.setSections(List.of("Sport"));
        Settings opened = settings.current();

        settings.update(new Settings(
                "Renamed",
                opened.tagline(),
                opened.pageSize(),
                opened.dateHeaderPattern(),
                opened.moderation(),
                opened.closeCommentsAfterDays(),
                opened.bannedWords(),
                opened.version()));
        settings.setLogo(7L);

        assertThat(settings.current().siteTitle()).isEqualTo("Renamed");
        assertThat(settings.sections()).containsExactly("Sport");
    }

    @Test
    void anotherNodeSeesNewSectionsWithinHalfASecond() {
        SettingsService here = node();
        SettingsService there = node();
        assertThat(there.sections()).isEmpty();

        here.setSections(List.of("Sport"));

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(ContentVersion.MAX_AGE_MILLIS));
        assertThat(there.sections()).containsExactly("Sport");
    }
}
