package app.gazette.media.web;

import static app.gazette.media.image.TestImages.ascii;
import static app.gazette.media.image.TestImages.concat;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.media.image.TestImages;
import app.gazette.media.store.MediaStore;
import app.gazette.support.AppTest;
import app.gazette.support.SignedInBrowser;
import app.gazette.support.Upload;
import app.gazette.user.NewUser;
import app.gazette.user.Role;
import app.gazette.user.UserService;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Uploads through the newsroom, as editors and admins send them: accepted, refused with the reason, roles. */
@AppTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:gazette-media-flow;DB_CLOSE_DELAY=-1")
class MediaUploadFlowTest {

    static final String PAGE = "/admin/media";
    static final String ENDPOINT = "/admin/media/upload";

    @Value("${local.server.port}")
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaStore store;

    SignedInBrowser editor;
    Upload upload;

    @BeforeEach
    void signIn() throws Exception {
        if (jdbc.queryForObject("select count(*) from users where username = 'media-ed'", Integer.class) == 0) {
            users.create(
                    new NewUser("media-ed", "media-ed@example.org", "Mia Editor", Role.EDITOR, "a long password 1"));
        }
        editor = new SignedInBrowser(port);
        editor.logIn("media-ed", "a long password 1");
        upload = new Upload(editor, port);
    }

    @Test
    void aPngNamedJpgIsAcceptedAndAnswersTheMarkdownToInsert() throws Exception {
        HttpResponse<String> answer = upload.post(
                PAGE,
                ENDPOINT,
                Map.of("alt", "A [red] square"),
                "square.jpg",
                TestImages.png(TestImages.drawing(700, 500)));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("\"markdown\":\"![A \\\\[red\\\\] square](/media/")
                .containsPattern("\"url\":\"/media/\\d{4}/\\d{2}/[0-9a-f]{12}-square-700\\.jpg\"")
                .contains("\"width\":700", "\"height\":500");
        assertThat(editor.get(PAGE).body()).contains("square.jpg", "Mia Editor", "700 × 500 px");
    }

    @Test
    void everyRefusalAnswersItsStatusAndMessageAndStoresNothing() throws Exception {
        byte[] jpeg = TestImages.jpeg(800, 600);
        refused("drawing.svg", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"), 415, "is not a JPEG, PNG");
        refused("photo.jpg", concat(ascii("<!DOCTYPE html><script>alert(1)</script>"), jpeg), 415, "is not a JPEG");
        refused("notes.jpg", ascii("just some text, not a photo"), 415, "is not a JPEG");
        refused("empty.jpg", new byte[0], 400, "there is no picture in it");
        refused("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), 400, "cut off or damaged");
        refused("bomb.png", TestImages.pngDeclaring(8000, 7500), 413, "more than 50 megapixels");
    }

    @Test
    void aRefusedUploadShowsTheReasonAndKeepsTheAltText() throws Exception {
        long before = rows();
        HttpResponse<String> page =
                upload.post(PAGE, PAGE, Map.of("alt", "My careful alt text"), "drawing.svg", ascii("<svg></svg>"));

        assertThat(page.statusCode()).isEqualTo(415);
        assertThat(page.body()).contains("is not a JPEG, PNG, GIF or WebP image", "value=\"My careful alt text\"");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void a30MegabyteFileIsRefusedAsTooLargeBeforeItIsRead() throws Exception {
        long mb = 1024 * 1024;
        assertThat(Upload.announce(port, PAGE, 30 * mb, upload.sessionCookie())).startsWith("HTTP/1.1 413");
        assertThat(Upload.announce(port, ENDPOINT, 30 * mb, upload.sessionCookie()))
                .startsWith("HTTP/1.1 413");
        assertThat(Upload.announce(port, ENDPOINT, 20 * mb, null)).startsWith("HTTP/1.1 403");
    }

    @Test
    void editorsUploadAndEditButOnlyAdminsDelete() throws Exception {
        HttpResponse<String> answer = upload.post(PAGE, ENDPOINT, Map.of(), "harbour.jpg", TestImages.jpeg(400, 300));
        long id = jdbc.queryForObject("select max(id) from media", Long.class);
        assertThat(answer.statusCode()).isEqualTo(200);
        String edit = PAGE + "/" + id + "/edit";

        assertThat(editor.submit(edit, PAGE + "/" + id, Map.of("alt", "Boats", "caption", "Dawn", "credit", "Mia"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(editor.get(edit).body()).contains("Dawn").doesNotContain("Delete picture");
        assertThat(editor.submit(edit, PAGE + "/" + id + "/delete", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(editor.submit(edit, PAGE + "/" + id, Map.of("alt", "x".repeat(251)))
                        .statusCode())
                .isEqualTo(400);

        SignedInBrowser admin = new SignedInBrowser(port);
        admin.logIn("admin", AppTest.ADMIN_PASSWORD);
        assertThat(admin.submit(edit, PAGE + "/" + id + "/delete", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from media where id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void strangersAreSentToSignIn() throws Exception {
        HttpResponse<String> page = new SignedInBrowser(port).get(PAGE);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login?continue=/admin/media");
    }

    private void refused(String name, byte[] bytes, int status, String message) throws Exception {
        long rowsBefore = rows();
        long filesBefore = files();
        HttpResponse<String> answer = upload.post(PAGE, ENDPOINT, Map.of("alt", "alt"), name, bytes);

        assertThat(answer.statusCode()).as(name).isEqualTo(status);
        assertThat(answer.body())
                .as(name)
                .startsWith("{\"error\":")
                .contains(name)
                .contains(message);
        assertThat(rows()).as(name).isEqualTo(rowsBefore);
        assertThat(files()).as(name).isEqualTo(filesBefore);
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from media", Long.class);
    }

    private long files() {
        try (Stream<String> keys = store.keys()) {
            return keys.count();
        }
    }
}
