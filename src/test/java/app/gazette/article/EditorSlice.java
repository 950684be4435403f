package app.gazette.article;

import app.gazette.comment.CommentService;
import app.gazette.label.LabelService;
import app.gazette.pagecache.ContentVersion;
import app.gazette.site.GazetteProperties;
import app.gazette.site.SettingsService;
import app.gazette.site.SiteFormatsConfig;
import app.gazette.support.FakeMedia;
import app.gazette.support.MutableClock;
import app.gazette.user.UserDirectory;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The editor and the reader services on a real database, with a clock starting at {@link #NOW}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = "gazette.content-version.poll-millis=0")
@EnableConfigurationProperties(GazetteProperties.class)
@Import({
    ContentVersion.class,
    ArticleListQueries.class,
    ArticleEditor.class,
    NotePolicy.class,
    ArticlePictures.class,
    FakeMedia.class,
    SlugPicker.class,
    RevisionService.class,
    ArticleService.class,
    ArticleNotes.class,
    ArticleViews.class,
    ArchiveBuilder.class,
    LabelService.class,
    CommentService.class,
    MarkdownRenderer.class,
    SiteFormatsConfig.class,
    UserDirectory.class,
    SettingsService.class,
    EditorSlice.Clocks.class
})
@interface EditorSlice {

    Instant NOW = Instant.parse("2019-02-09T10:00:00Z");

    @TestConfiguration
    class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOW);
        }
    }
}
