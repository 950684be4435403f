package app.gazette.media.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.EditAction;
import app.gazette.article.FeaturedDraft;
import app.gazette.media.image.TestImages;
import app.gazette.site.SettingsService;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.SignedInBrowser;
import app.gazette.support.Upload;
import app.gazette.user.NewUser;
import app.gazette.user.Role;
import app.gazette.user.UserService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The site logo through the newsroom and on reader pages: the masthead, the favicons, /favicon.ico
 * and the publisher's logo in JSON-LD change at once (cached pages too), and its picture is kept.
 */
@AppTest
class SiteLogoFlowTest {

    static final String SETTINGS = "/admin/settings";
    static final String LOGO = "/admin/settings/logo";

    @Value("${local.server.port}")
    int port;

    @Autowired
    SettingsService settings;

    @Autowired
    UserService users;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleAdmin articles;

    @Autowired
    JdbcTemplate jdbc;

    SignedInBrowser admin;
    Upload upload;
    String base;

    @BeforeEach
    void signIn() throws Exception {
        admin = new SignedInBrowser(port);
        admin.logIn("admin", AppTest.ADMIN_PASSWORD);
        upload = new Upload(admin, port);
        base = "http://localhost:" + port;
    }

    @AfterEach
    void noLogo() {
        settings.setLogo(null);
    }

    @Test
    void anUploadedLogoShowsAtOnceInTheMastheadIconsAndJsonLdAndGoesWhenRemoved() throws Exception {
        String permalink = publish("Logo day");
        String title = settings.current().siteTitle();
        Browser reader = new Browser(port);
        assertThat(Jsoup.parse(reader.get("/").body()).select("link[rel=icon]"))
                .singleElement()
                .satisfies(link -> assertThat(link.attr("href")).isEqualTo("/favicon.svg"));
        assertThat(reader.get("/favicon.ico").statusCode()).isEqualTo(404);

        HttpResponse<String> uploaded =
                upload.post(SETTINGS, LOGO, Map.of(), "masthead.png", TestImages.png(TestImages.drawing(1000, 100)));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        assertThat(uploaded.headers().firstValue("Location").orElseThrow()).endsWith(SETTINGS);

        Document settingsPage = Jsoup.parse(admin.get(SETTINGS).body());
        assertThat(settingsPage.selectFirst("img.logo-preview").attr("alt")).isEqualTo(title);
        assertThat(settingsPage.text()).contains("Remove logo");

        Document home = Jsoup.parse(reader.get("/").body());
        assertThat(home.selectFirst(".masthead img.site-logo").attr("alt")).isEqualTo(title);
        assertThat(home.select("link[href=/favicon.svg]")).isEmpty();
        assertThat(home.select("link[rel=icon]"))
                .extracting(link -> link.attr("sizes"))
                .containsExactly("32x32", "192x192");
        String touch = home.selectFirst("link[rel=apple-touch-icon]").attr("href");
        assertThat(touch).startsWith("/media/icons/").endsWith("-180.png");
        assertSquarePng(touch, 180);
        JsonNode site = jsonLd(home);
        assertThat(site.get("@type").asString()).isEqualTo("WebSite");
        assertLogo(site.get("publisher").get("logo"), 640, 64);

        JsonNode article = jsonLd(Jsoup.parse(reader.get(permalink).body()));
        assertThat(article.get("publisher").get("name").asString()).isEqualTo(title);
        assertLogo(article.get("publisher").get("logo"), 640, 64);

        HttpResponse<String> favicon = reader.get("/favicon.ico");
        assertThat(favicon.statusCode()).isEqualTo(302);
        String icon = favicon.headers().firstValue("Location").orElseThrow();
        assertThat(icon).endsWith("-icon-32.png");
        assertSquarePng(icon, 32);

        assertThat(admin.submit(SETTINGS, LOGO + "/remove", Map.of()).statusCode())
                .isEqualTo(302);
        home = Jsoup.parse(reader.get("/").body());
        assertThat(home.select("img.site-logo")).isEmpty();
        assertThat(home.selectFirst("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
        assertThat(jsonLd(home).has("publisher")).isFalse();
        assertThat(jsonLd(Jsoup.parse(reader.get(permalink).body()))
                        .get("publisher")
                        .has("logo"))
                .isFalse();
        assertThat(reader.get("/favicon.ico").statusCode()).isEqualTo(404);
    }

    @Test
    void aRefusedFileLeavesTheLogoAsItWasWithTheReason() throws Exception {
        long pictures = jdbc.queryForObject("select count(*) from media", Long.class);

        HttpResponse<String> svg = upload.post(
                SETTINGS, LOGO, Map.of(), "logo.svg", TestImages.ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        assertThat(svg.statusCode()).isEqualTo(415);
        assertThat(svg.body())
                .contains("The logo was not changed.", "is not a JPEG, PNG, GIF or WebP image", "Save settings");
        byte[] png = TestImages.png(TestImages.drawing(300, 300));
        HttpResponse<String> cut = upload.post(SETTINGS, LOGO, Map.of(), "cut.png", java.util.Arrays.copyOf(png, 100));
        assertThat(cut.statusCode()).isEqualTo(400);
        assertThat(cut.body()).contains("cut off or damaged");

        assertThat(Upload.announce(port, LOGO, 30L * 1024 * 1024, upload.sessionCookie()))
                .startsWith("HTTP/1.1 413");
        assertThat(settings.logoMediaId()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from media", Long.class))
                .isEqualTo(pictures);
    }

    @Test
    void theLogoPictureCannotBeDeletedFromTheLibrary() throws Exception {
        upload.post(SETTINGS, LOGO, Map.of(), "seal.png", TestImages.png(TestImages.drawing(300, 300)));
        long id = settings.logoMediaId().orElseThrow();
        String edit = "/admin/media/" + id + "/edit";
        assertThat(admin.get(edit).body()).contains("This picture is the site logo");

        HttpResponse<String> refused = admin.submit(edit, "/admin/media/" + id + "/delete", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("while it is the site logo");

        settings.setLogo(null);
        assertThat(admin.submit(edit, "/admin/media/" + id + "/delete", Map.of())
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void editorsCannotChangeTheLogo() throws Exception {
        if (jdbc.queryForObject("select count(*) from users where username = 'logo-ed'", Integer.class) == 0) {
            users.create(new NewUser("logo-ed", "logo-ed@example.org", "Lou Editor", Role.EDITOR, "a long password 1"));
        }
        SignedInBrowser editorBrowser = new SignedInBrowser(port);
        editorBrowser.logIn("logo-ed", "a long password 1");
        Upload editorUpload = new Upload(editorBrowser, port);

        HttpResponse<String> answer = editorUpload.post(
                "/admin/media", LOGO, Map.of(), "seal.png", TestImages.png(TestImages.drawing(300, 300)));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(editorBrowser
                        .submit("/admin/media", LOGO + "/remove", Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(settings.logoMediaId()).isEmpty();
    }

    private void assertLogo(JsonNode logo, int width, int height) {
        assertThat(logo.get("@type").asString()).isEqualTo("ImageObject");
        assertThat(logo.get("url").asString()).startsWith(base + "/media/").endsWith("-640.jpg");
        assertThat(logo.get("width").asInt()).isEqualTo(width);
        assertThat(logo.get("height").asInt()).isEqualTo(height);
    }

    private void assertSquarePng(String url, int size) throws Exception {
        HttpResponse<byte[]> file = upload.download(url);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).contains("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.body()));
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
    }

    private static JsonNode jsonLd(Document page) {
        return JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
    }

    private String publish(String title) {
        users.findOrCreateAuthor("logo-writer", "Logo Writer");
        long id = editor.create(
                new ArticleDraft(title, "", null, "Text of " + title, List.of(), null, true, FeaturedDraft.NONE),
                EditAction.PUBLISH,
                "logo-writer");
        return articles.edit(id, "admin").permalink();
    }
}
