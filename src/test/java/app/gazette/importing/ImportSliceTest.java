package app.gazette.importing;

import app.gazette.article.BulkArticles;
import app.gazette.article.SlugPicker;
import app.gazette.comment.BulkComments;
import app.gazette.label.BulkLabels;
import app.gazette.pagecache.ContentVersion;
import app.gazette.shared.SiteFormats;
import app.gazette.support.TestSites;
import app.gazette.user.AuthorAccounts;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The importer on the database alone: no test transaction (an import commits its own). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({
    ContentVersion.class,
    ImportTargets.class,
    BulkArticles.class,
    SlugPicker.class,
    BulkLabels.class,
    AuthorAccounts.class,
    BulkComments.class,
    ImportSliceTest.Config.class
})
@TestPropertySource(properties = "gazette.content-version.poll-millis=0")
@interface ImportSliceTest {

    Instant NOW = Instant.parse("2019-02-10T12:34:56Z");

    @TestConfiguration(proxyBeanMethods = false)
    class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        SiteFormats formats() {
            return TestSites.utc();
        }
    }
}
