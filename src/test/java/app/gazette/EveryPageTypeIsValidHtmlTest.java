package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleAdmin.ArticleEdit;
import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.EditAction;
import app.gazette.article.FeaturedDraft;
import app.gazette.article.FrontPage;
import app.gazette.article.FrontPageChoice;
import app.gazette.article.NoteDraft;
import app.gazette.article.NoteKind;
import app.gazette.label.LabelService;
import app.gazette.media.image.TestImages;
import app.gazette.site.SiteSections;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.NuHtmlChecker;
import app.gazette.support.SignedInBrowser;
import app.gazette.support.Upload;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every reader and newsroom page type, as the demo site renders it, passes the W3C Nu HTML Checker
 * with no error (tag "html-validator"; skipped without the checker, see {@link NuHtmlChecker}). The
 * pages are kept in target/html-validation/ for a look.
 */
@Tag("html-validator")
@ExtendWith(NuHtmlChecker.class)
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:gazette-html-test;DB_CLOSE_DELAY=-1",
            "gazette.admin.password=" + AppTest.ADMIN_PASSWORD,
            "gazette.comments.moderation=first-time",
            "gazette.comments.min-seconds=0"
        })
@ActiveProfiles("demo")
class EveryPageTypeIsValidHtmlTest {

    static final Path PAGES = Path.of("target", "html-validation");

    @Value("${local.server.port}")
    int port;

    @Autowired
    SiteSections sections;

    @Autowired
    LabelService labels;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    FrontPage frontPage;

    Browser reader;
    final List<Path> pages = new ArrayList<>();

    @BeforeEach
    void reader() {
        reader = new Browser(port);
    }

    @Test
    void everyReaderPageTypeHasNoNuHtmlCheckerError() throws Exception {
        sections.choose(labels.names().subList(0, 3));
        String corrected = correctedLead();
        String home = keep("home", reader.get("/"), 200);
        assertThat(home).as("the lead is not in the featured strip too").contains("class=\"lead-story\"");
        keep("article-notes", reader.get(corrected), 200);
        keep("corrections", reader.get("/corrections"), 200);
        String commented = URI.create(first(
                        "<link>([^<#]+)#c",
                        reader.get("/feeds/comments/default?alt=rss").body()))
                .getPath();
        String article = keep("article", reader.get(commented), 200);
        keep(
                "older-posts",
                reader.get(first("class=\"older\"[^>]*href=\"([^\"]+)\"", home).replace("&amp;", "&")),
                200);
        keep("label", reader.get(first("href=\"(/label/[^\"/]+)\"", home)), 200);
        keep("year", reader.get(commented.substring(0, 5)), 200);
        keep("month", reader.get(commented.substring(0, 8)), 200);
        keep("author", reader.get(first("href=\"(/author/[^\"/]+)\"", article)), 200);
        String word = first("<h1[^>]*>\\s*(\\p{L}{4,})", article);
        keep("search", reader.get("/search?q=" + word), 200);
        keep("search-no-results", reader.get("/search?q=zzqqxxnothing"), 200);
        keep("search-form", reader.get("/search"), 200);
        keep("not-found", reader.get("/no-such-page"), 404);
        keep("comment-errors", reader.postComment(commented, Map.of("name", "", "email", "", "body", "")), 400);
        keep("login", reader.get("/login"), 200);

        assertValid();
    }

    /** A published article with a correction and an update, made the lead and featured; its permalink. */
    private String correctedLead() {
        long id = editor.create(
                new ArticleDraft(
                        "Pier repairs begin",
                        "",
                        "",
                        "Work starts on Monday.",
                        List.of(),
                        Instant.now().minusSeconds(3600),
                        true,
                        FeaturedDraft.NONE),
                EditAction.PUBLISH,
                "admin");
        for (NoteKind kind : NoteKind.values()) {
            ArticleEdit saved = admin.edit(id, "admin");
            editor.update(
                    id,
                    saved.version(),
                    new ArticleDraft(
                            saved.title(),
                            saved.slug(),
                            "",
                            saved.markdown(),
                            List.of(),
                            null,
                            true,
                            FeaturedDraft.NONE,
                            new NoteDraft(kind, "Work starts on Tuesday <not Monday>.")),
                    EditAction.SAVE,
                    "admin");
        }
        frontPage.mark(id, new FrontPageChoice(true, null, true));
        return admin.edit(id, "admin").permalink();
    }

    @Test
    void everyNewsroomPageTypeHasNoNuHtmlCheckerError() throws Exception {
        String commented = URI.create(first(
                        "<link>([^<#]+)#c",
                        reader.get("/feeds/comments/default?alt=rss").body()))
                .getPath();
        reader.postComment(
                commented, Map.of("name", "Held Reader", "email", "held@example.org", "body", "Waiting <here>"));
        SignedInBrowser admin = new SignedInBrowser(port);
        assertThat(admin.logIn("admin", AppTest.ADMIN_PASSWORD).statusCode()).isEqualTo(302);

        keep("dashboard", admin.get("/admin"), 200);
        keep("articles", admin.get("/admin/articles"), 200);
        keep("articles-drafts", admin.get("/admin/articles?status=draft"), 200);
        String picture =
                first("<img src=\"(/media/[^\"]+)\"", keep("editor-new", admin.get("/admin/articles/new"), 200));
        Map<String, String> pictured = Map.of(
                "title",
                "Pictures in the body",
                "body",
                "![Drawn](" + picture + " \"Drawn at start\")\n\nText ![small](" + picture + ") inside.\n\n"
                        + "![Far](https://example.org/far.jpg \"Elsewhere\")",
                "action",
                "publish");
        keep(
                "editor-preview-remote",
                admin.submit(
                        "/admin/articles/new",
                        "/admin/articles",
                        Map.of("title", "Preview", "body", pictured.get("body"), "action", "preview")),
                200);
        String published = keep(
                "editor-published",
                admin.get(first(
                        "(/admin/articles/\\d+/edit)",
                        admin.submit("/admin/articles/new", "/admin/articles", pictured)
                                .headers()
                                .firstValue("Location")
                                .orElseThrow())),
                200);
        keep("article-pictures", reader.get(first("href=\"(/\\d{4}/\\d{2}/[^\"]+)\"", published)), 200);
        HttpResponse<String> saved = admin.submit(
                "/admin/articles/new",
                "/admin/articles",
                Map.of("title", "Checked by the validator", "body", "Some *text*", "action", "save"));
        String edit = first(
                "(/admin/articles/\\d+/edit)",
                saved.headers().firstValue("Location").orElseThrow());
        keep("editor-edit", admin.get(edit), 200);
        keep(
                "editor-errors",
                admin.submit(
                        "/admin/articles/new", "/admin/articles", Map.of("title", "", "body", "", "action", "save")),
                400);
        keep(
                "editor-conflict",
                admin.submit(
                        edit,
                        edit.replace("/edit", ""),
                        Map.of("version", "999", "title", "Stale", "body", "Stale", "action", "save")),
                409);
        String revisions = keep("revisions", admin.get(edit.replace("/edit", "/revisions")), 200);
        keep("revision", admin.get(first("href=\"(/admin/articles/\\d+/revisions/\\d+)\"", revisions)), 200);
        String queue = keep("comment-queue", admin.get("/admin/comments"), 200);
        assertThat(queue).contains("Held Reader");
        keep("comments-approved", admin.get("/admin/comments?status=approved"), 200);
        keep(
                "comment-reply",
                admin.get(first("href=\"(/admin/articles/\\d+/comments/reply[^\"]*)\"", queue)
                        .replace("&amp;", "&")),
                200);
        String users = keep("users", admin.get("/admin/users"), 200);
        keep("user-new", admin.get("/admin/users/new"), 200);
        keep("user-password", admin.get(first("href=\"(/admin/users/\\d+/password)\"", users)), 200);
        keep("settings", admin.get("/admin/settings"), 200);
        keep(
                "settings-errors",
                admin.submit("/admin/settings", "/admin/settings", Map.of("siteTitle", "", "pageSize", "0")),
                400);
        logoPages(admin);
        keep("integrations", admin.get("/admin/integrations"), 200);
        keep(
                "integrations-key",
                admin.submit("/admin/integrations", "/admin/integrations", Map.of("name", "App")),
                200);
        keep(
                "integrations-errors",
                admin.submit("/admin/integrations", "/admin/integrations", Map.of("name", "")),
                400);
        keep("backup", admin.get("/admin/backup"), 200);
        keep("import", admin.get("/admin/import"), 200);
        keep("audit", admin.get("/admin/audit"), 200);
        keep("audit-errors", admin.get("/admin/audit?from=1+March&to=2026-02-30&action=x"), 400);
        keep("account", admin.get("/admin/account"), 200);
        webhookPages(admin);
        keep("two-factor-setup", admin.get("/admin/account/two-factor"), 200);
        keep("two-factor-policy", admin.get("/admin/users/two-factor"), 200);

        assertValid();
    }

    /** The webhooks page with its form's errors, then with a hook and a failed test delivery in its log. */
    void webhookPages(SignedInBrowser admin) throws Exception {
        keep(
                "webhooks-errors",
                admin.submit("/admin/webhooks", "/admin/webhooks", Map.of("url", "ftp://example.org/hook")),
                400);
        admin.submit(
                "/admin/webhooks",
                "/admin/webhooks",
                Map.of("url", "http://127.0.0.1:9/hook", "events", "ARTICLE_PUBLISHED", "description", "Partner"));
        String hook = first(
                "action=\"(/admin/webhooks/\\d+)/test\"",
                admin.get("/admin/webhooks").body());
        admin.submit("/admin/webhooks", hook + "/test", Map.of());
        keep("webhooks", admin.get("/admin/webhooks"), 200);
        admin.submit("/admin/webhooks", hook + "/delete", Map.of());
    }

    /** The settings page, the masthead and the picture's in-use page while a logo is set; then none again. */
    void logoPages(SignedInBrowser admin) throws Exception {
        Upload upload = new Upload(admin, port);
        byte[] logo = TestImages.png(TestImages.drawing(600, 120));
        assertThat(upload.post("/admin/settings", "/admin/settings/logo", Map.of(), "logo.png", logo)
                        .statusCode())
                .isEqualTo(302);
        keep("settings-logo", admin.get("/admin/settings"), 200);
        keep(
                "settings-logo-refused",
                upload.post(
                        "/admin/settings", "/admin/settings/logo", Map.of(), "logo.svg", TestImages.ascii("<svg/>")),
                415);
        keep("home-logo", reader.get("/"), 200);
        String picture = first(
                "href=\"(/admin/media/\\d+)/edit\"", admin.get("/admin/media").body());
        keep("media-logo-in-use", admin.submit(picture + "/edit", picture + "/delete", Map.of()), 409);
        admin.submit("/admin/settings", "/admin/settings/logo/remove", Map.of());
    }

    String keep(String name, HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(name + " " + response.uri()).isEqualTo(status);
        Files.createDirectories(PAGES);
        Path page = PAGES.resolve(name + ".html");
        Files.writeString(page, response.body(), StandardCharsets.UTF_8);
        pages.add(page);
        return response.body();
    }

    void assertValid() throws Exception {
        List<String> errors = NuHtmlChecker.errors(pages);
        assertThat(errors).as("Nu HTML Checker errors in " + PAGES).isEmpty();
    }

    static String first(String regex, String html) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("no match for " + regex).isTrue();
        return matcher.group(1);
    }
}
