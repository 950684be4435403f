package app.gazette.support;

import app.gazette.api.keys.ContentKeys;
import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleCatalog;
import app.gazette.article.ArticleEditor;
import app.gazette.article.ArticleNotes;
import app.gazette.article.ArticlePages;
import app.gazette.article.ArticleService;
import app.gazette.article.FrontPage;
import app.gazette.article.OldLinks;
import app.gazette.article.RevisionService;
import app.gazette.article.ShareLinks;
import app.gazette.article.web.ArticleLists;
import app.gazette.article.web.EditorPage;
import app.gazette.audit.AuditLog;
import app.gazette.backup.BackupService;
import app.gazette.comment.CommentFormSigner;
import app.gazette.comment.CommentModeration;
import app.gazette.comment.CommentService;
import app.gazette.comment.web.CommentSection;
import app.gazette.importing.ImportService;
import app.gazette.label.LabelService;
import app.gazette.media.library.MediaAdmin;
import app.gazette.media.store.MediaStore;
import app.gazette.search.SearchService;
import app.gazette.security.LoginGuard;
import app.gazette.security.SecurityConfig;
import app.gazette.security.SignInRequirements;
import app.gazette.site.GazetteProperties;
import app.gazette.site.SettingsService;
import app.gazette.site.SiteAddress;
import app.gazette.site.SiteFormatsConfig;
import app.gazette.site.SiteLogos;
import app.gazette.site.SiteSecrets;
import app.gazette.site.SiteSections;
import app.gazette.syndication.FeedBuilder;
import app.gazette.syndication.FeedProperties;
import app.gazette.syndication.Feeds;
import app.gazette.syndication.PageMetaBuilder;
import app.gazette.syndication.Sitemaps;
import app.gazette.user.TwoFactorService;
import app.gazette.user.UserService;
import app.gazette.webhook.Webhooks;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * All controllers with the real security configuration and mocked services: one shared context
 * for every controller test. The mocked SettingsService answers the configured settings
 * ({@link DefaultSettings}) unless a test stubs it otherwise. Comment forms are signed with a
 * configured secret and the clock is a {@link MutableClock} ({@link WebSliceClock}). Media are served
 * from a CDN host ({@link #MEDIA_HOST}), so the CSP allows images from there too (AppTest has none).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
        properties = {
            "gazette.comments.form-secret=" + WebSliceTest.FORM_SECRET,
            "gazette.base-url=http://localhost",
            "gazette.media.public-base-url=" + WebSliceTest.MEDIA_HOST + "/gazette/"
        })
@EnableConfigurationProperties({GazetteProperties.class, FeedProperties.class})
@Import({
    SecurityConfig.class,
    SiteFormatsConfig.class,
    SiteAddress.class,
    SiteSections.class,
    ArticleLists.class,
    ArticlePages.class,
    ShareLinks.class,
    CommentSection.class,
    EditorPage.class,
    PageMetaBuilder.class,
    Feeds.class,
    FeedBuilder.class,
    Sitemaps.class,
    CommentFormSigner.class,
    WebSliceClock.class,
    FakeMedia.class
})
@MockitoBean(
        types = {
            ArticleService.class,
            ArticleNotes.class,
            FrontPage.class,
            LabelService.class,
            CommentService.class,
            ArticleAdmin.class,
            ArticleEditor.class,
            RevisionService.class,
            CommentModeration.class,
            SettingsService.class,
            UserService.class,
            SearchService.class,
            SiteSecrets.class,
            LoginGuard.class,
            SignInRequirements.class,
            TwoFactorService.class,
            BackupService.class,
            ImportService.class,
            OldLinks.class,
            MediaStore.class,
            MediaAdmin.class,
            SiteLogos.class,
            Webhooks.class,
            ContentKeys.class,
            ArticleCatalog.class,
            AuditLog.class,
            HealthEndpoint.class
        })
@TestExecutionListeners(listeners = DefaultSettings.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface WebSliceTest {

    String FORM_SECRET = "web-slice-test-form-secret";
    String MEDIA_HOST = "https://media.example.org";
}
