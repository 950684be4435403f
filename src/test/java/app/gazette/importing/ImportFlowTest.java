package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.PublicContentChanged;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.SignedInBrowser;
import app.gazette.support.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin imports the WordPress and Blogger fixtures through the browser: the page follows the
 * import to its end, a second upload adds nothing, the old addresses lead to the new articles,
 * a broken file says where it is broken and changes nothing, an oversized one gets 413 unread.
 */
@AppTest
class ImportFlowTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContentVersion contentVersion;

    SignedInBrowser admin;
    Upload upload;
    long lastUser;

    @BeforeEach
    void signIn() throws Exception {
        lastUser = jdbc.queryForObject("SELECT MAX(id) FROM users", Long.class);
        admin = new SignedInBrowser(port);
        admin.logIn("admin", AppTest.ADMIN_PASSWORD);
        upload = new Upload(admin, port);
    }

    /** The shared site as it was: later tests count its articles, labels and users. */
    @AfterEach
    void removeImported() {
        jdbc.update("DELETE FROM articles WHERE id IN (SELECT article_id FROM imported_items)");
        jdbc.update("DELETE FROM labels l WHERE NOT EXISTS (SELECT 1 FROM article_labels al WHERE al.label_id = l.id)");
        jdbc.update("DELETE FROM users WHERE id > ?", lastUser);
        jdbc.update("DELETE FROM import_jobs");
        contentVersion.on(new PublicContentChanged("test"));
    }

    @Test
    void anAdminImportsBothFormatsAndTheOldAddressesLeadToTheArticles() throws Exception {
        assertThat(importing("wordpress-wxr-1.2.xml"))
                .contains(
                        "Imported 4 new articles and 3 new comments",
                        "One private post was imported as a draft",
                        "2 authors got new accounts");
        assertThat(importing("wordpress-wxr-1.2.xml"))
                .contains("Imported 0 new articles and 0 new comments", "imported before were skipped");
        assertThat(importing("blogger-backup.xml")).contains("The latest import: blogger-backup.xml");

        Browser reader = new Browser(port);
        assertThat(moved(reader, "/?p=12")).isEqualTo("/2024/05/council-passes-bridge-budget");
        assertThat(moved(reader, "/2024/05/07/council-passes-bridge-budget/"))
                .isEqualTo("/2024/05/council-passes-bridge-budget");
        assertThat(moved(reader, "/2024/05/council-passes-bridge-budget.html"))
                .isEqualTo("/2024/05/council-passes-bridge-budget-2");
        assertThat(moved(reader, "/search/label/town hall")).isEqualTo("/label/Town%20hall");
        assertThat(reader.get("/2024/05/council-passes-bridge-budget").body())
                .contains("Council passes the bridge budget", "href=\"https://example.org/minutes\"");
        assertThat(reader.get("/label/Town%20hall").body()).contains("council-passes-bridge-budget-2");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM users WHERE username = 'ada' AND NOT enabled "
                                + "AND password_hash IS NULL",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void aBrokenFileSaysWhereAndChangesNothing() throws Exception {
        long articles = jdbc.queryForObject("SELECT COUNT(*) FROM articles", Long.class);

        String page = importing("malformed.xml");

        assertThat(page)
                .contains(
                        "The import failed, and the site is as it was before it.",
                        "the first error is on line 5, column")
                .doesNotContain("Exception");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles", Long.class))
                .isEqualTo(articles);
    }

    @Test
    void aPageIsNoExportAndAnOversizedUploadIsRefusedUnread() throws Exception {
        HttpResponse<String> refused =
                upload.post("/admin/import", "/admin/import", Map.of(), "page.html", fixture("page.html"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Nothing was imported; the site is unchanged.");
        assertThat(Upload.announce(port, "/admin/import", 201L * 1024 * 1024, upload.sessionCookie()))
                .startsWith("HTTP/1.1 413");
        assertThat(Upload.announce(port, "/admin/import", 10L * 1024 * 1024, null))
                .startsWith("HTTP/1.1 403");
    }

    /** Uploads the fixture, follows the progress endpoint to the end, returns the page then. */
    private String importing(String fixture) throws Exception {
        HttpResponse<String> started =
                upload.post("/admin/import", "/admin/import", Map.of(), fixture, fixture(fixture));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (progress().contains("\"running\":true")) {
            assertThat(Instant.now()).isBefore(until);
            Thread.sleep(50);
        }
        assertThat(progress()).contains("\"running\":false");
        return admin.get("/admin/import").body();
    }

    /** What the page's script reads (it asks for JSON). */
    private String progress() throws Exception {
        return new String(upload.download("/admin/import/progress").body(), StandardCharsets.UTF_8);
    }

    private static String moved(Browser reader, String path) throws Exception {
        HttpResponse<String> response = reader.get(path.replace(" ", "%20"));
        assertThat(response.statusCode()).as(path).isEqualTo(301);
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ImportFlowTest.class.getResourceAsStream("/importing/" + name)) {
            return in.readAllBytes();
        }
    }
}
