package app.gazette.site;

import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.PublicContentChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Settings tests with several "nodes" on one database: each {@link #node()} is a SettingsService with
 * its own content version, on a clock fixed at 2019-02-09 10:15 UTC and a nano time the test moves.
 * {@link #events} holds the page cache's announcements, {@link #announced} every event.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@EnableConfigurationProperties(GazetteProperties.class)
@Import(SettingsNodes.Config.class)
abstract class SettingsNodes {

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
    final List<Object> announced = new ArrayList<>();

    SettingsService node() {
        ContentVersion version = new ContentVersion(jdbc, clock, nanos::get, 0);
        return new SettingsService(repository, properties, transactions, clock, version, event -> {
            announced.add(event);
            if (event instanceof PublicContentChanged changed) {
                events.add(event);
                version.on(changed);
            }
        });
    }

    @BeforeEach
    void emptyTable() {
        repository.deleteAll();
    }
}
