package app.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The logo's picture id in the settings row: set and cleared on its own, seen by every node. */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@EnableConfigurationProperties(GazetteProperties.class)
@Import(LogoSettingTest.Config.class)
class LogoSettingTest {

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
    void theLogoIsSetAndClearedTellingThePageCacheOnlyOfChanges() {
        SettingsService settings = node();
        assertThat(settings.logoMediaId()).isEmpty();
        assertThat(settings.isLogo(7)).isFalse();

        settings.setLogo(7L);
        assertThat(settings.logoMediaId()).contains(7L);
        assertThat(settings.isLogo(7)).isTrue();
        assertThat(settings.isLogo(8)).isFalse();
        settings.setLogo(7L);
        assertThat(events).hasSize(1);

        settings.setLogo(null);
        assertThat(settings.logoMediaId()).isEmpty();
        assertThat(settings.isLogo(7)).isFalse();
        assertThat(events).hasSize(2);
    }

    @Test
    void savingTheSettingsFormKeepsTheLogo() {
        SettingsService settings = node();
        settings.setLogo(7L);
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

        assertThat(settings.current().siteTitle()).isEqualTo("Renamed");
        assertThat(settings.logoMediaId()).contains(7L);
    }

    @Test
    void anotherNodeSeesANewLogoWithinHalfASecond() {
        SettingsService here = node();
        SettingsService there = node();
        assertThat(there.logoMediaId()).isEmpty();

        here.setLogo(9L);

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(ContentVersion.MAX_AGE_MILLIS));
        assertThat(there.logoMediaId()).contains(9L);
    }
}
