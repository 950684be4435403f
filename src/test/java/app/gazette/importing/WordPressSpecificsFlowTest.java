package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.pagecache.ContentVersion;
import app.gazette.site.SettingsService;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin imports a WordPress export declaring the https namespaces (wordpress-https-ferry.xml,
 * a blog at -08:00): what WordPress said about each post is kept, the result page accounts for
 * every post, and accepting the blog's zone keeps the posts under the dates they had there.
 */
@AppTest
class WordPressSpecificsFlowTest {

    private static final String FERRY = "wordpress-https-ferry.xml";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentVersion contentVersion;

    @Autowired
    SettingsService settings;

    ImportSteps steps;
    ZoneId zone;

    @BeforeEach
    void signIn() throws Exception {
        steps = new ImportSteps(port, jdbc);
        zone = settings.timeZone();
    }

    @AfterEach
    void putTheSiteBack() {
        settings.setTimeZone(zone);
        jdbc.update("UPDATE site_settings SET time_zone = NULL");
        steps.removeImported(contentVersion);
    }

    @Test
    void anExportDeclaringTheHttpsNamespacesImports() throws Exception {
        assertThat(steps.importing(FERRY)).contains("Imported 7 new articles and 2 new comments");
    }

    @Test
    void postsSharingAGuidBothImportAndImportingAgainAddsNothing() throws Exception {
        steps.importing(FERRY);
        assertThat(titles()).contains("Rain closes the ferry", "Ferry timetable for the winter");

        assertThat(steps.importing(FERRY)).contains("Imported 0 new articles and 0 new comments");
        assertThat(titles()).hasSize(7);
    }

    @Test
    void protectedAndPrivatePostsAreDraftsCountedAndNamed() throws Exception {
        assertThat(steps.importing(FERRY))
                .contains(
                        "One private post was imported as a draft",
                        "One post was behind a password",
                        "<li>Members only: the zanzibarquux budget</li>",
                        "<li>Staff private note</li>",
                        "One post was a draft and stays one");
        assertThat(jdbc.queryForList(
                        "SELECT status FROM articles a JOIN imported_items i ON i.article_id = a.id "
                                + "WHERE a.title IN ('Staff private note', 'Members only: the zanzibarquux budget')",
                        String.class))
                .containsExactly("DRAFT", "DRAFT");
    }

    @Test
    void stickyDuplicateAndSkippedKindsAreCountedWithTheTimeTaken() throws Exception {
        assertThat(steps.importing(FERRY))
                .contains(
                        "2 posts were sticky",
                        "One post was in the file twice",
                        "1 pages, 1 attachments and 1 other items",
                        "Pages come in a later version",
                        "The import took");
    }

    @Test
    void aPublishedStickyPostIsFeaturedAndAStickyDraftIsNot() throws Exception {
        steps.importing(FERRY);

        String home = new Browser(port).get("/").body();
        assertThat(home.substring(home.indexOf("class=\"featured-strip\""))).contains("Ferry timetable for the winter");
        assertThat(jdbc.queryForList(
                        "SELECT a.title FROM articles a JOIN imported_items i ON i.article_id = a.id "
                                + "WHERE a.featured_at IS NOT NULL",
                        String.class))
                .containsExactly("Ferry timetable for the winter");
        assertThat(jdbc.queryForObject(
                        "SELECT featured_at = publish_at FROM articles WHERE title = 'Ferry timetable for the winter'",
                        Boolean.class))
                .isTrue();
    }

    @Test
    void closedCommentsStayClosed() throws Exception {
        steps.importing(FERRY);

        String page = new Browser(port).get("/2019/01/rain-closes-the-ferry").body();
        assertThat(page).contains("Comments are closed.").doesNotContain("name=\"body\"");
    }

    @Test
    void theAuthorsExcerptIsTheArticlesExcerptAndDescription() throws Exception {
        steps.importing(FERRY);

        assertThat(jdbc.queryForObject(
                        "SELECT excerpt FROM articles WHERE slug = 'rain-closes-the-ferry'", String.class))
                .isEqualTo("The ferry stops until Friday.");
        assertThat(new Browser(port).get("/2019/01/rain-closes-the-ferry").body())
                .contains("<meta name=\"description\" content=\"The ferry stops until Friday.\"");
    }

    @Test
    void labelsDifferingOnlyInCaseAreOneLabelWithTheFirstSpelling() throws Exception {
        steps.importing(FERRY);

        assertThat(jdbc.queryForList("SELECT name FROM labels WHERE slug = 'markup'", String.class))
                .containsExactly("Markup");
        assertThat(new Browser(port).get("/label/markup").body()).contains("Markup", "Rain closes the ferry");
    }

    @Test
    void aCyrillicTitleGetsATransliteratedSlug() throws Exception {
        steps.importing(FERRY);

        assertThat(new Browser(port).get("/2019/01/privet-mir").body()).contains("Привет мир");
    }

    @Test
    void acceptingTheBlogsZoneKeepsAPostUnderItsOriginalDate() throws Exception {
        String result = steps.importing(FERRY);
        assertThat(result).contains("The blog published in the time zone -08:00", "name=\"zone\" value=\"-08:00\"");
        Browser reader = new Browser(port);
        assertThat(reader.get("/2019/01").body()).contains("Tuesday 29 January 2019");
        assertThat(reader.get("/2019/02/night-ferry-trial").statusCode()).isEqualTo(200);

        HttpResponse<String> accepted =
                steps.admin.submit("/admin/import", "/admin/settings/time-zone", Map.of("zone", "-08:00"));

        assertThat(accepted.statusCode()).isEqualTo(302);
        String month = reader.get("/2019/01").body();
        assertThat(month).contains("Monday 28 January 2019").doesNotContain("Tuesday 29 January 2019");
        assertThat(month.indexOf("Monday 28 January 2019")).isLessThan(month.indexOf("Rain closes the ferry"));
        assertThat(month).as("moved to its month there").contains("Thursday 31 January 2019", "Night ferry trial");
        assertThat(reader.get("/2019/01/night-ferry-trial").statusCode()).isEqualTo(200);
        assertThat(reader.get("/2019/02/night-ferry-trial").statusCode()).isEqualTo(301);
    }

    private List<String> titles() {
        return jdbc.queryForList(
                "SELECT a.title FROM articles a JOIN imported_items i ON i.article_id = a.id", String.class);
    }
}
