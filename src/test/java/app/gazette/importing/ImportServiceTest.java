package app.gazette.importing;

import static app.gazette.importing.ImportedComment.Status.APPROVED;
import static app.gazette.importing.ImportedComment.Status.PENDING;
import static app.gazette.importing.ImportedComment.Status.SPAM;
import static app.gazette.importing.ImportedComment.Status.TRASH;
import static app.gazette.importing.ImportedPost.State.DRAFT;
import static app.gazette.importing.ImportedPost.State.PRIVATE;
import static app.gazette.importing.ImportedPost.State.PUBLISHED;
import static app.gazette.importing.ImportedPost.State.SCHEDULED;
import static app.gazette.importing.ScriptedExport.comment;
import static app.gazette.importing.ScriptedExport.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.article.MarkdownRenderer;
import app.gazette.support.FakeMedia;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Imports into the database: what they make, re-imports, refusals, one import at a time. */
@ImportSliceTest
class ImportServiceTest {

    static final ImportedAuthor ADA = new ImportedAuthor("ada", "Ada W.", null);
    static final ImportedAuthor BOB_BY_EMAIL = new ImportedAuthor("robert", "Robert", "BOB@example.org");
    static final ImportedAuthor ADA_BY_NAME = new ImportedAuthor(null, "Ada Whitlock", null);
    static final ImportedAuthor NEWBIE = new ImportedAuthor("newbie", "New Writer", "new@example.org");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Autowired
    ImportTargets targets;

    @TempDir
    Path dir;

    @BeforeEach
    void staff() {
        clear();
        user("admin", null, "Admin", "hash", true);
        user("ada", "ada@example.org", "Ada Whitlock", "hash", true);
        user("bob", "bob@example.org", "Bob Stone", "hash", true);
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

    static ScriptedExport blog() {
        return new ScriptedExport(ExportFormat.WORDPRESS)
                .add(comment("c-1", "wp-1", "c-2", "Reply Writer", "<p>I agree</p>", APPROVED))
                .add(post(
                        "wp-1",
                        "Harbour reopens",
                        "<p>The harbour reopened.</p><script>alert(1)</script>",
                        "2019-01-05T09:00:00Z",
                        PUBLISHED,
                        List.of("Shipping", "news", " News "),
                        ADA,
                        "harbour-reopens",
                        List.of("/2019/01/05/harbour-reopens/"),
                        1L))
                .add(comment("c-2", "wp-1", null, "First Reader", "<p>Good news<br>at last</p>", PENDING))
                .add(comment("c-3", "wp-1", null, "Spammer", "<a href='http://x.example'>buy</a>", SPAM))
                .add(comment("c-4", "wp-404", null, "Lost", "No post", APPROVED))
                .add(comment("c-5", "wp-1", null, "Binned", "Trashed", TRASH))
                .add(post(
                        "wp-2",
                        "Budget next month",
                        "<p>Soon.</p>",
                        "2019-03-01T08:00:00Z",
                        SCHEDULED,
                        List.of(),
                        BOB_BY_EMAIL,
                        "budget",
                        List.of("/2019/03/01/budget/"),
                        2L))
                .add(post(
                        "wp-3",
                        "Staff only",
                        "<p>Private.</p>",
                        "2019-01-06T08:00:00Z",
                        PRIVATE,
                        List.of(),
                        NEWBIE,
                        "staff-only",
                        List.of(),
                        3L))
                .add(post(
                        "wp-4",
                        "Half written",
                        "<p>Draft.</p>",
                        null,
                        DRAFT,
                        List.of(),
                        ADA_BY_NAME,
                        null,
                        List.of(),
                        4L));
    }

    @Test
    void postsBecomeArticlesWithTheirLabelsAuthorsCommentsAndOldAddresses() {
        long version = version();

        ImportJob job = importing(blog());

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(List.of(
                        job.postsDone(),
                        job.postsCreated(),
                        job.commentsDone(),
                        job.commentsCreated(),
                        job.privatePosts(),
                        job.authorsCreated()))
                .containsExactly(4L, 4L, 5L, 4L, 1L, 1L);
        assertThat(job.percent()).isEqualTo(100);
        Map<String, Object> harbour = article("harbour-reopens");
        assertThat(harbour)
                .containsEntry("STATUS", "PUBLISHED")
                .containsEntry("PUBLISH_MONTH", 201901)
                .containsEntry("AUTHOR", "ada")
                .containsEntry("SUMMARY", "The harbour reopened.");
        assertThat(harbour.get("BODY_HTML").toString())
                .contains("harbour reopened")
                .doesNotContain("script");
        assertThat(instant(harbour.get("PUBLISH_AT"))).isEqualTo("2019-01-05T09:00:00Z");
        assertThat(jdbc.queryForList(
                        "SELECT l.name FROM labels l JOIN article_labels al ON al.label_id = l.id "
                                + "WHERE al.article_id = ? ORDER BY l.slug",
                        String.class,
                        harbour.get("ID")))
                .containsExactly("news", "Shipping");
        assertThat(article("budget")).containsEntry("STATUS", "PUBLISHED").containsEntry("AUTHOR", "bob");
        assertThat(instant(article("budget").get("PUBLISH_AT"))).isAfter(ImportSliceTest.NOW);
        assertThat(article("staff-only"))
                .containsEntry("STATUS", "DRAFT")
                .containsEntry("PUBLISH_AT", null)
                .containsEntry("AUTHOR", "newbie");
        assertThat(article("half-written")).containsEntry("STATUS", "DRAFT").containsEntry("AUTHOR", "ada");
        assertThat(jdbc.queryForMap("SELECT enabled, password_hash, email, display_name, role FROM users "
                        + "WHERE username = 'newbie'"))
                .containsEntry("ENABLED", false)
                .containsEntry("PASSWORD_HASH", null)
                .containsEntry("EMAIL", "new@example.org")
                .containsEntry("DISPLAY_NAME", "New Writer")
                .containsEntry("ROLE", "EDITOR");
        assertThat(jdbc.queryForList(
                        "SELECT c.author_name || ':' || c.status || ':' || COALESCE(p.author_name, '-') "
                                + "FROM comments c LEFT JOIN comments p ON p.id = c.parent_id ORDER BY c.id",
                        String.class))
                .containsExactly(
                        "Reply Writer:APPROVED:First Reader",
                        "First Reader:PENDING:-",
                        "Spammer:SPAM:-",
                        "Binned:SPAM:-");
        assertThat(jdbc.queryForObject("SELECT body FROM comments WHERE author_name = 'First Reader'", String.class))
                .isEqualTo("Good news\nat last");
        assertThat(jdbc.queryForList(
                        "SELECT path FROM old_links WHERE article_id = ? ORDER BY path",
                        String.class,
                        harbour.get("ID")))
                .containsExactly("/2019/01/05/harbour-reopens", "/?p=1");
        assertThat(version()).isGreaterThan(version);
    }

    @Test
    void importingTheSameFileAgainAddsOnlyWhatIsNew() {
        importing(blog());
        long articles = count("articles");
        long comments = count("comments");

        ImportJob again = importing(blog().add(comment("c-6", "wp-2", "c-2", "Late", "Later", APPROVED)));

        assertThat(again.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(List.of(again.postsCreated(), again.commentsCreated(), again.authorsCreated()))
                .containsExactly(0L, 1L, 0L);
        assertThat(count("articles")).isEqualTo(articles);
        assertThat(count("comments")).isEqualTo(comments + 1);
        assertThat(count("users")).isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "SELECT p.author_name FROM comments c JOIN comments p ON p.id = c.parent_id "
                                + "WHERE c.author_name = 'Late'",
                        String.class))
                .isEqualTo("First Reader");
    }

    @Test
    void aRefusedFileLeavesTheSiteAsItWasAndSaysWhere() {
        ScriptedExport export = blog();
        for (int i = 0; i < 600; i++) {
            export.add(post(
                    "many-" + i,
                    "Post " + i,
                    "<p>Text</p>",
                    "2018-06-01T10:00:00Z",
                    PUBLISHED,
                    List.of("Label " + i),
                    new ImportedAuthor("writer" + i, "Writer " + i, null),
                    null,
                    List.of(),
                    null));
        }
        long version = version();

        ImportJob job = importing(export.refuseHere(new ImportRefused("import.error.xml", 1234, 56)));

        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.errorCode()).isEqualTo("import.error.xml");
        assertThat(job.errorArgs()).containsExactly("1234", "56");
        for (String table : List.of("articles", "comments", "labels", "old_links", "imported_items")) {
            assertThat(count(table)).as(table).isZero();
        }
        assertThat(count("users")).isEqualTo(3);
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void oneImportRunsAtATimeAndOneWhoseNodeDiedIsGivenUp() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        ImportService first = service(blog().waitFor(gate));
        first.start(blog().file(dir), "first.xml", "admin");
        Path second = blog().file(dir);

        assertThatThrownBy(() -> service(blog()).start(second, "second.xml", "admin"))
                .isInstanceOfSatisfying(
                        ImportRefused.class, e -> assertThat(e.code()).isEqualTo("import.error.running"));
        assertThat(second).doesNotExist();
        gate.countDown();
        assertThat(finished(first).state()).isEqualTo(ImportJob.State.DONE);

        jdbc.update(
                "INSERT INTO import_jobs (format, file_name, started_by, state, running, posts_total, "
                        + "comments_total, posts_done, comments_done, posts_created, comments_created, private_posts, "
                        + "authors_created, started_at, updated_at) VALUES ('BLOGGER', 'x.xml', 'admin', 'RUNNING', 1, "
                        + "0, 0, 0, 0, 0, 0, 0, 0, ?, ?)",
                at(-3600),
                at(-600));
        assertThat(importing(new ScriptedExport(ExportFormat.BLOGGER)).state()).isEqualTo(ImportJob.State.DONE);
        assertThat(jdbc.queryForObject("SELECT error_code FROM import_jobs WHERE file_name = 'x.xml'", String.class))
                .isEqualTo("import.error.abandoned");
    }

    @Test
    void slugsStayUniqueAndEveryOldAddressFindsItsOwnArticle() {
        importing(new ScriptedExport(ExportFormat.BLOGGER)
                .add(post(
                        "b-1",
                        "News",
                        "<p>January</p>",
                        "2019-01-05T09:00:00Z",
                        PUBLISHED,
                        List.of(),
                        null,
                        "news",
                        List.of("/2019/01/news.html"),
                        null))
                .add(post(
                        "b-2",
                        "News",
                        "<p>February</p>",
                        "2019-02-05T09:00:00Z",
                        PUBLISHED,
                        List.of(),
                        null,
                        "news",
                        List.of("/2019/02/news.html"),
                        null)));

        assertThat(jdbc.queryForList(
                        "SELECT o.path || ' ' || a.slug FROM old_links o JOIN articles a "
                                + "ON a.id = o.article_id ORDER BY o.path",
                        String.class))
                .containsExactly("/2019/01/news.html news", "/2019/02/news.html news-2");
        assertThat(article("news")).containsEntry("AUTHOR", "admin");
    }

    @Test
    void hostileValuesAreCutToWhatTheSiteHolds() {
        String longKey = "k".repeat(600);
        List<String> labels = java.util.stream.IntStream.range(0, 150)
                .mapToObj(i -> "L" + i + " " + "x".repeat(120))
                .toList();

        ImportJob job = importing(new ScriptedExport(ExportFormat.WORDPRESS)
                .add(post(
                        longKey,
                        "T".repeat(400),
                        "<p>Body</p>",
                        "2019-01-05T09:00:00Z",
                        PUBLISHED,
                        labels,
                        null,
                        "%E2%82%AC-long",
                        List.of("/" + "p".repeat(600)),
                        9L))
                .add(post(
                        "blank",
                        " ",
                        "<p>First words of the body.</p>",
                        "2019-01-05T09:00:00Z",
                        PUBLISHED,
                        List.of(),
                        null,
                        null,
                        List.of(),
                        null)));

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(jdbc.queryForList("SELECT LENGTH(title) FROM articles ORDER BY id", Integer.class))
                .containsExactly(300, 24);
        assertThat(count("labels")).isEqualTo(PostWriter.MAX_LABELS_PER_POST);
        assertThat(jdbc.queryForList("SELECT source_key FROM imported_items", String.class))
                .anyMatch(key -> key.startsWith("sha256:"))
                .allMatch(key -> key.length() <= ImportedItems.MAX_KEY);
        assertThat(jdbc.queryForList("SELECT path FROM old_links", String.class))
                .containsExactly("/?p=9");
        assertThat(article("first-words-of-the-body")).containsEntry("TITLE", "First words of the body.");
    }

    ImportJob importing(ScriptedExport export) {
        ImportService service = service(export);
        service.start(export.file(dir), "blog.xml", "admin");
        return finished(service);
    }

    ImportService service(ScriptedExport export) {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return new ImportService(
                List.of(export),
                jdbc,
                transactions,
                targets,
                new MarkdownRenderer(new FakeMedia.Library()),
                events,
                clock,
                messages);
    }

    static ImportJob finished(ImportService service) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        ImportJob job = service.latest().orElseThrow();
        while (job.running() && Instant.now().isBefore(until)) {
            Thread.onSpinWait();
            job = service.latest().orElseThrow();
        }
        return job;
    }

    Map<String, Object> article(String slug) {
        return jdbc.queryForMap(
                "SELECT a.id, a.title, a.status, a.publish_at, a.publish_month, a.summary, "
                        + "a.body_html, u.username AS author FROM articles a JOIN users u ON u.id = a.author_id "
                        + "WHERE a.slug = ?",
                slug);
    }

    void user(String username, String email, String name, String hash, boolean enabled) {
        jdbc.update(
                "INSERT INTO users (username, email, display_name, password_hash, role, enabled, created_at) "
                        + "VALUES (?, ?, ?, ?, 'EDITOR', ?, ?)",
                username,
                email,
                name,
                hash,
                enabled,
                at(0));
    }

    long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    long version() {
        return jdbc.queryForObject("SELECT version FROM content_version WHERE id = 1", Long.class);
    }

    static OffsetDateTime at(long seconds) {
        return ImportSliceTest.NOW.plusSeconds(seconds).atOffset(java.time.ZoneOffset.UTC);
    }

    static Instant instant(Object time) {
        return time instanceof OffsetDateTime offset ? offset.toInstant() : ((java.sql.Timestamp) time).toInstant();
    }
}
