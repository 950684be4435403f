package app.gazette.backup;

import app.gazette.article.MarkdownRenderer;
import app.gazette.media.store.DiskMediaStore;
import app.gazette.media.store.MediaStore;
import app.gazette.media.store.StoreMediaArchive;
import app.gazette.pagecache.ContentVersion;
import app.gazette.site.GazetteProperties;
import app.gazette.support.FakeMedia;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backup service on the database alone, one context for the backup tests: no test transaction
 * (a restore commits its own), backups may unpack to 8 MB here so that zip bombs stay small;
 * pictures' files on disk in a temporary folder.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@EnableConfigurationProperties({GazetteProperties.class, BackupProperties.class})
@Import({
    BackupService.class,
    ContentVersion.class,
    MarkdownRenderer.class,
    FakeMedia.class,
    StoreMediaArchive.class,
    BackupSliceTest.Config.class
})
@TestPropertySource(properties = {"gazette.backup.max-unpacked-size=8MB", "gazette.content-version.poll-millis=0"})
@interface BackupSliceTest {

    Instant NOW = Instant.parse("2019-02-10T12:34:56Z");

    @TestConfiguration(proxyBeanMethods = false)
    class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        MediaStore mediaStore() throws IOException {
            return new DiskMediaStore(Files.createTempDirectory("gazette-backup-media"));
        }
    }
}
