package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.article.MarkdownRenderer;
import app.gazette.support.FakeMedia;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The hand-written export files through the real parsers, conversion and service into the database. */
@ImportSliceTest
class ExportFileImportTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ImportTargets targets;

    @TempDir
    Path dir;

    @BeforeEach
    void admin() {
        clear();
        jdbc.update(
                "INSERT INTO users (username, display_name, password_hash, role, enabled, created_at) "
                        + "VALUES ('admin', 'Admin', 'hash', 'ADMIN', TRUE, ?)",
                ImportServiceTest.at(0));
    }

    @AfterEach
    void clear() {
        for (String table : List.of(
                "import_jobs",
                "imported_items",
                "old_links",
                "comments",
                "article_labels",
                "articles",
                "labels",
                "users")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    @Test
    void wordpressFileBecomesArticlesWithParagraphsCommentsAndOldAddresses() throws IOException {
        ImportJob job = importing("wordpress-wxr-1.2.xml");

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(List.of(job.postsTotal(), job.postsCreated(), job.commentsTotal(), job.commentsCreated()))
                .containsExactly(4L, 4L, 3L, 3L);
        assertThat(body("council-passes-bridge-budget"))
                .isEqualTo("<p>The council met on Tuesday.</p>"
                        + "<p>It voted <a href=\"https://example.org/minutes\" rel=\"noopener\">seven to two</a>.<br>"
                        + "The mayor abstained.</p>");
        assertThat(jdbc.queryForList("SELECT body FROM comments ORDER BY id", String.class))
                .containsExactly("Finally!\nAbout time.", "Agreed.", "Buy now");
        assertThat(jdbc.queryForList("SELECT path FROM old_links ORDER BY path", String.class))
                .contains("/?p=12")
                .anyMatch(path -> path.startsWith("/2024/05/07/council-passes-bridge-budget"));
    }

    @Test
    void bloggerBackupBecomesArticlesWithParagraphsAndThreadedComments() throws IOException {
        ImportJob job = importing("blogger-backup.xml");

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(List.of(job.postsCreated(), job.commentsCreated())).containsExactly(3L, 2L);
        assertThat(body("council-passes-bridge-budget")).startsWith("<p>The council met on Tuesday.</p><p>It voted");
        assertThat(jdbc.queryForList(
                        "SELECT c.body || ':' || COALESCE(p.body, '-') FROM comments c "
                                + "LEFT JOIN comments p ON p.id = c.parent_id ORDER BY c.id",
                        String.class))
                .containsExactly("Finally!\nAbout time.:-", "Agreed.:Finally!\nAbout time.");
    }

    @Test
    void fileWithADoctypeIsRefusedBeforeAnythingIsImported() {
        assertThatThrownBy(() -> importing("xxe.xml"))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("import.error.doctype"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles", Long.class))
                .isZero();
    }

    private ImportJob importing(String fixture) throws IOException {
        Path file = dir.resolve(fixture);
        try (InputStream in = Recorded.fixture(fixture)) {
            Files.copy(in, file);
        }
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        ImportService service = new ImportService(
                List.of(new BloggerParser(Recorded.JUNE_2024), new WordPressParser(Recorded.JUNE_2024)),
                jdbc,
                transactions,
                targets,
                new MarkdownRenderer(new FakeMedia.Library()),
                events,
                Recorded.JUNE_2024,
                messages);
        service.start(file, fixture, "admin");
        return ImportServiceTest.finished(service);
    }

    private String body(String slug) {
        return jdbc.queryForObject("SELECT body_html FROM articles WHERE slug = ?", String.class, slug)
                .replace("\n", "");
    }
}
