package app.gazette.importing;

import static app.gazette.importing.ImportedPost.State.PUBLISHED;
import static app.gazette.importing.ScriptedExport.post;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.ArticleWriter;
import app.gazette.article.EditAction;
import app.gazette.article.MarkdownRenderer;
import app.gazette.article.NewArticle;
import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.PublicContentChanged;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * After an import, readers' old links answer with a 301 to the imported article or label, and
 * the imported articles show at once; cached pages never answer for another query string.
 */
@AppTest
class OldAddressesFlowTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MarkdownRenderer renderer;

    @Autowired
    ImportTargets targets;

    @Autowired
    ContentVersion contentVersion;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Autowired
    MessageSource messages;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleWriter writer;

    @TempDir
    Path dir;

    /** The shared site as it was: later tests count its articles and labels. */
    @AfterEach
    void removeImported() {
        jdbc.update("DELETE FROM articles WHERE id IN (SELECT article_id FROM imported_items)");
        jdbc.update("DELETE FROM articles WHERE slug IN ('new-title', 'old-title-3')");
        jdbc.update("DELETE FROM labels WHERE slug IN ('shipping', 'harbours')");
        jdbc.update("DELETE FROM import_jobs");
        contentVersion.on(new PublicContentChanged("test"));
    }

    @Test
    void wordpressAndBloggerLinksLeadToTheImportedArticles() throws Exception {
        Browser reader = new Browser(port);
        assertThat(reader.get("/2019/01").body()).doesNotContain("Harbour reopens");

        importing(new ScriptedExport(ExportFormat.WORDPRESS)
                .add(post(
                        "wp-101",
                        "Harbour reopens",
                        "<p>Ships again.</p>",
                        "2019-01-05T09:00:00Z",
                        PUBLISHED,
                        List.of("Shipping"),
                        null,
                        "harbour-reopens",
                        List.of("/2019/01/05/harbour-reopens/"),
                        101L))
                .add(post(
                        "wp-102",
                        "Harbour fees",
                        "<p>Higher.</p>",
                        "2019-01-07T09:00:00Z",
                        PUBLISHED,
                        List.of("Harbours"),
                        null,
                        "harbour-fees",
                        List.of("/2019/01/07/harbour-fees/"),
                        102L)));
        importing(new ScriptedExport(ExportFormat.BLOGGER)
                .add(post(
                        "b-1",
                        "Harbour news",
                        "<p>January.</p>",
                        "2019-01-09T09:00:00Z",
                        PUBLISHED,
                        List.of(),
                        null,
                        "harbour-news",
                        List.of("/2019/01/harbour-news.html"),
                        null))
                .add(post(
                        "b-2",
                        "Harbour news",
                        "<p>February.</p>",
                        "2019-02-09T09:00:00Z",
                        PUBLISHED,
                        List.of(),
                        null,
                        "harbour-news",
                        List.of("/2019/02/harbour-news.html"),
                        null)));

        assertThat(reader.get("/2019/01").body())
                .as("readers see the import at once")
                .contains("Harbour reopens");
        for (int round = 0; round < 2; round++) {
            assertMoved(reader, "/?p=101", "/2019/01/harbour-reopens");
            assertMoved(reader, "/?p=102", "/2019/01/harbour-fees");
            assertThat(reader.get("/").statusCode()).isEqualTo(200);
        }
        assertThat(reader.get("/?p=999").statusCode()).isEqualTo(404);
        assertMoved(reader, "/2019/01/05/harbour-reopens/", "/2019/01/harbour-reopens");
        assertMoved(reader, "/2019/01/07/harbour-fees", "/2019/01/harbour-fees");
        assertMoved(reader, "/2019/01/harbour-news.html", "/2019/01/harbour-news");
        assertMoved(reader, "/2019/02/harbour-news.html", "/2019/02/harbour-news-2");
        assertMoved(reader, "/search/label/shipping", "/label/Shipping");
        assertThat(reader.get("/2019/02/harbour-news-2").body()).contains("February.");
        assertThat(reader.get("/2019/01/05/nothing-here/").statusCode()).isEqualTo(404);
    }

    @Test
    void anArticlesOldSlugIsNotTakenByAnImportedOrWrittenArticle() throws Exception {
        Browser reader = new Browser(port);
        Instant january = Instant.parse("2019-01-03T09:00:00Z");
        long renamed = editor.create(
                new ArticleDraft("Old title", "", "", "First words.", List.of(), january, true, null),
                EditAction.PUBLISH,
                "admin");
        long version = jdbc.queryForObject("SELECT version FROM articles WHERE id = ?", Long.class, renamed);
        editor.update(
                renamed,
                version,
                new ArticleDraft("Old title", "new-title", "", "First words.", List.of(), january, true, null),
                EditAction.SAVE,
                "admin");

        importing(new ScriptedExport(ExportFormat.BLOGGER)
                .add(post(
                        "b-old",
                        "Old title",
                        "<p>Imported.</p>",
                        "2019-03-05T09:00:00Z",
                        PUBLISHED,
                        List.of(),
                        null,
                        null,
                        List.of("/2019/03/old-title.html"),
                        null)));
        long admin = jdbc.queryForObject("SELECT id FROM users WHERE username = 'admin'", Long.class);
        long written = writer.create(new NewArticle("Old title", null, "Written.", List.of(), admin, january));

        assertThat(jdbc.queryForObject(
                        "SELECT a.slug FROM articles a JOIN imported_items i ON i.article_id = a.id "
                                + "WHERE i.source_key = 'b-old'",
                        String.class))
                .isEqualTo("old-title-2");
        assertThat(jdbc.queryForObject("SELECT slug FROM articles WHERE id = ?", String.class, written))
                .isEqualTo("old-title-3");
        assertMoved(reader, "/2019/01/old-title", "/2019/01/new-title");
        assertMoved(reader, "/2019/03/old-title.html", "/2019/03/old-title-2");
        assertThat(reader.get("/2019/01/new-title").body()).contains("First words.");
    }

    private static void assertMoved(Browser reader, String from, String to) throws Exception {
        HttpResponse<String> response = reader.get(from);
        assertThat(response.statusCode()).as(from).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .as(from)
                .endsWith(to);
    }

    private void importing(ScriptedExport export) {
        ImportService service =
                new ImportService(List.of(export), jdbc, transactions, targets, renderer, events, clock, messages);
        service.start(export.file(dir), "export.xml", "admin");
        assertThat(ImportServiceTest.finished(service).state()).isEqualTo(ImportJob.State.DONE);
    }
}
