package app.gazette.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleWriter;
import app.gazette.article.NewArticle;
import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaView;
import app.gazette.media.image.TestImages;
import app.gazette.media.store.MediaStore;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.SignedInBrowser;
import app.gazette.support.Upload;
import app.gazette.user.NewUser;
import app.gazette.user.Role;
import app.gazette.user.UserService;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * Backup and restore through the browser, on a database of its own (a restore replaces every
 * account, which the shared app context's other tests rely on). Readers see the restored site at
 * once, not a cached page of the replaced one.
 */
@AppTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:gazette-backup-flow;DB_CLOSE_DELAY=-1")
class BackupFlowTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    UserService users;

    @Autowired
    ArticleWriter articles;

    @Autowired
    Clock clock;

    @Autowired
    MediaLibrary library;

    @Autowired
    MediaStore store;

    @Test
    void anAdminDownloadsTheSiteAndRestoresItAndStillSignsIn() throws Exception {
        users.create(
                new NewUser("flow-ed", "flow-ed@example.org", "Flow Editor", Role.EDITOR, "a long enough password"));
        SignedInBrowser admin = new SignedInBrowser(port);
        admin.logIn("admin", AppTest.ADMIN_PASSWORD);
        Upload upload = new Upload(admin, port);

        HttpResponse<byte[]> download = upload.download("/admin/backup/export");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"gazette-backup-\\d{8}-\\d{4}\\.zip\"");
        Map<String, byte[]> backup = new LinkedHashMap<>(TestZips.entries(download.body()));
        assertThat(backup).containsKeys("manifest.json", "users.jsonl", "articles.jsonl", "comments.jsonl");
        articles.create(new NewArticle(
                "Written after the backup",
                null,
                "Gone after the restore.",
                List.of(),
                users.findByUsername("admin").orElseThrow().id(),
                clock.instant().minusSeconds(60)));
        assertThat(new Browser(port).get("/").body()).contains("Written after the backup");
        byte[] noise = new byte[7 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        backup.put("notes/padding.bin", noise);

        HttpResponse<String> restored = upload.post(
                "/admin/backup",
                "/admin/backup/restore",
                Map.of("replace", "true"),
                "backup.zip",
                TestZips.zip(backup));

        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(302);
        assertThat(new Browser(port).get("/").body())
                .contains("Welcome to Gazette")
                .doesNotContain("Written after the backup");
        assertThat(admin.get("/admin/backup").body())
                .contains("Restored the backup of", "1 articles", "The other accounts have no password yet");
        assertThat(new SignedInBrowser(port)
                        .logIn("admin", AppTest.ADMIN_PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/admin");
        assertThat(new SignedInBrowser(port)
                        .logIn("flow-ed", "a long enough password")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/login?error");
    }

    @Test
    void picturesTravelInTheBackupAndAMissingFileIsNamedNotAnError() throws Exception {
        Path upload = Files.write(Files.createTempFile("flow-", ".jpg"), TestImages.jpeg(700, 400));
        MediaView picture = library.add(
                upload,
                "Flow harbour.jpg",
                "Boats",
                users.findByUsername("admin").orElseThrow().id());
        Files.delete(upload);
        String master = picture.master().url().substring(picture.master().url().indexOf("/media/") + 7);
        SignedInBrowser admin = new SignedInBrowser(port);
        admin.logIn("admin", AppTest.ADMIN_PASSWORD);
        Upload browser = new Upload(admin, port);
        byte[] original = browser.download("/media/" + master).body();
        Map<String, byte[]> backup = new LinkedHashMap<>(
                TestZips.entries(browser.download("/admin/backup/export").body()));
        assertThat(backup).containsEntry("media/" + master, original);
        long files = backup.keySet().stream()
                .filter(name -> name.startsWith("media/"))
                .count();
        assertThat(files).as("master and derivatives").isGreaterThan(2);
        backup.keySet().stream()
                .filter(name -> name.startsWith("media/"))
                .forEach(name -> store.delete(name.substring(6)));

        Map<String, byte[]> lacking = new LinkedHashMap<>(backup);
        lacking.remove("media/" + master);
        HttpResponse<String> refused = browser.post(
                "/admin/backup",
                "/admin/backup/restore",
                Map.of("replace", "true"),
                "backup.zip",
                TestZips.zip(lacking));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("media/" + master).doesNotContain("Exception");
        assertThat(browser.download("/media/" + master).statusCode()).isEqualTo(404);

        HttpResponse<String> restored = browser.post(
                "/admin/backup",
                "/admin/backup/restore",
                Map.of("replace", "true"),
                "backup.zip",
                TestZips.zip(backup));
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(302);
        assertThat(browser.download("/media/" + master).body()).isEqualTo(original);
    }

    @Test
    void aFileThatIsNoBackupGetsAMessageNotAnError() throws Exception {
        SignedInBrowser admin = new SignedInBrowser(port);
        admin.logIn("admin", AppTest.ADMIN_PASSWORD);

        HttpResponse<String> refused = new Upload(admin, port)
                .post("/admin/backup", "/admin/backup/restore", Map.of(), "notes.zip", TestZips.text("Dear diary"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("This file is not a zip file.").doesNotContain("Exception");
    }

    @Test
    void uploadsOverTheirPathsLimitAndLargeAnonymousOnesAreRefusedUnread() throws Exception {
        SignedInBrowser admin = new SignedInBrowser(port);
        admin.logIn("admin", AppTest.ADMIN_PASSWORD);
        String cookie = new Upload(admin, port).sessionCookie();

        long mb = 1024 * 1024;

        assertThat(Upload.announce(port, "/admin/backup/restore", 2049 * mb, cookie))
                .startsWith("HTTP/1.1 413");
        assertThat(Upload.announce(port, "/admin/import", 201 * mb, cookie)).startsWith("HTTP/1.1 413");
        assertThat(Upload.announce(port, "/admin/articles", 6 * mb, cookie)).startsWith("HTTP/1.1 413");
        assertThat(Upload.announce(port, "/admin/backup/restore", 10 * mb, null))
                .startsWith("HTTP/1.1 403");
        assertThat(Upload.announce(port, "/2019/02/news/comments", 2 * mb, null))
                .startsWith("HTTP/1.1 413");
    }
}
