package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.PublicContentChanged;
import app.gazette.support.AppTest;
import app.gazette.support.SignedInBrowser;
import app.gazette.support.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** An admin importing fixtures through the HTTP API in a flow test, and the shared site put back after. */
final class ImportSteps {

    final SignedInBrowser admin;
    private final Upload upload;
    private final JdbcTemplate jdbc;
    private final long lastUser;

    ImportSteps(int port, JdbcTemplate jdbc) throws Exception {
        this.jdbc = jdbc;
        this.lastUser = jdbc.queryForObject("SELECT MAX(id) FROM users", Long.class);
        this.admin = new SignedInBrowser(port);
        admin.logIn("admin", AppTest.ADMIN_PASSWORD);
        this.upload = new Upload(admin, port);
    }

    /** Uploads the fixture, follows the progress endpoint to the end, returns the import page then. */
    String importing(String fixture) throws Exception {
        byte[] bytes;
        try (InputStream in = ImportSteps.class.getResourceAsStream("/importing/" + fixture)) {
            bytes = in.readAllBytes();
        }
        HttpResponse<String> started = upload.post("/admin/import", "/admin/import", Map.of(), fixture, bytes);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (progress().contains("\"running\":true")) {
            assertThat(Instant.now()).isBefore(until);
            Thread.sleep(50);
        }
        assertThat(progress()).contains("\"state\":\"DONE\"");
        return admin.get("/admin/import").body();
    }

    private String progress() throws IOException, InterruptedException {
        return new String(upload.download("/admin/import/progress").body(), StandardCharsets.UTF_8);
    }

    /** The shared site as it was: later tests count its articles, labels and users. */
    void removeImported(ContentVersion contentVersion) {
        jdbc.update("DELETE FROM articles WHERE id IN (SELECT article_id FROM imported_items)");
        jdbc.update("DELETE FROM labels l WHERE NOT EXISTS (SELECT 1 FROM article_labels al WHERE al.label_id = l.id)");
        jdbc.update("DELETE FROM users WHERE id > ?", lastUser);
        jdbc.update("DELETE FROM import_jobs");
        contentVersion.on(new PublicContentChanged("test"));
    }
}
