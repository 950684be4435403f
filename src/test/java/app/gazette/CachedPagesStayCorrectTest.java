package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.EditAction;
import app.gazette.comment.CommentModeration;
import app.gazette.comment.CommentRepository;
import app.gazette.comment.CommentService;
import app.gazette.comment.ModerationAction;
import app.gazette.comment.NewComment;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages served from memory stay right: each change readers can see shows at once on every page it
 * touches (home, article, label, archive, feeds), and so does a scheduled article at its time.
 */
@AppTest
class CachedPagesStayCorrectTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    CommentService comments;

    @Autowired
    CommentModeration moderation;

    @Autowired
    CommentRepository commentRows;

    @Autowired
    SettingsService settings;

    @Autowired
    Clock clock;

    Browser reader;
    String month;

    @BeforeEach
    void reader() {
        reader = new Browser(port);
        month = String.format("/%1$tY/%1$tm", YearMonth.now(clock.withZone(ZoneOffset.UTC)));
    }

    @Test
    void anEditShowsOnEveryPageAtOnce() throws Exception {
        long id = publish("Tram line opens", "Transport");
        List<String> pages = List.of(
                "/",
                permalink("tram-line-opens"),
                "/label/Transport",
                month,
                "/feeds/posts/default",
                "/label/Transport/feed.atom");
        pages.forEach(page -> assertThat(read(page)).contains("Tram line opens"));

        editor.update(
                id,
                admin.edit(id, "admin").version(),
                draft("Tram line opens early", "Transport", null),
                EditAction.SAVE,
                "admin");

        pages.forEach(page -> assertThat(read(page)).as(page).contains("Tram line opens early"));
    }

    @Test
    void aLabelChangeShowsOnTheArticleAndBothLabelPagesAtOnce() throws Exception {
        long id = publish("Council votes", "Politics");
        assertThat(read("/label/Politics")).contains("Council votes");
        assertThat(read("/label/Elections")).doesNotContain("Council votes");

        editor.update(
                id,
                admin.edit(id, "admin").version(),
                draft("Council votes", "Elections", null),
                EditAction.SAVE,
                "admin");

        assertThat(read("/label/Politics")).doesNotContain("Council votes");
        assertThat(read("/label/Elections")).contains("Council votes");
        assertThat(read(permalink("council-votes"))).contains("/label/Elections");
    }

    @Test
    void anApprovedCommentShowsOnTheArticleHomeAndCommentFeedAtOnce() throws Exception {
        long articleId = publish("Harbour fire", "Emergencies");
        String article = permalink("harbour-fire");
        comments.post(
                articleId,
                new NewComment(
                        "Mira",
                        "mira@example.org",
                        "Smoke seen from the pier.",
                        "203.0.113.9",
                        "test",
                        Instant.EPOCH,
                        false));
        assertThat(read(article)).contains("No comments:").doesNotContain("Smoke seen from the pier.");
        assertThat(read("/feeds/comments/default")).doesNotContain("Smoke seen from the pier.");

        moderation.moderate(
                ModerationAction.APPROVE,
                commentRows.findAll().stream()
                        .filter(c -> c.getArticleId() == articleId)
                        .map(c -> c.getId())
                        .toList(),
                "admin");

        assertThat(read(article)).contains("1 comment:", "Smoke seen from the pier.");
        assertThat(read("/feeds/comments/default")).contains("Smoke seen from the pier.");
        assertThat(read("/label/Emergencies")).contains("1 comment");
    }

    @Test
    void aSettingChangeShowsOnPagesAndFeedsAtOnce() throws Exception {
        Settings before = settings.current();
        assertThat(read("/")).contains(before.siteTitle());
        try {
            settings.update(new Settings(
                    "Harrowmere Herald",
                    before.tagline(),
                    before.pageSize(),
                    before.dateHeaderPattern(),
                    before.moderation(),
                    before.closeCommentsAfterDays(),
                    before.bannedWords(),
                    before.version()));

            assertThat(read("/")).contains("Harrowmere Herald");
            assertThat(read("/feeds/posts/default")).contains("Harrowmere Herald");
        } finally {
            Settings now = settings.current();
            settings.update(new Settings(
                    before.siteTitle(),
                    before.tagline(),
                    before.pageSize(),
                    before.dateHeaderPattern(),
                    before.moderation(),
                    before.closeCommentsAfterDays(),
                    before.bannedWords(),
                    now.version()));
        }
    }

    @Test
    void aScheduledArticleAppearsEverywhereWhenItsTimeComes() throws Exception {
        Instant at = clock.instant().plus(Duration.ofMillis(1500)).truncatedTo(ChronoUnit.MILLIS);
        editor.create(draft("Midnight edition", "Schedules", at), EditAction.SCHEDULE, "admin");
        List<String> pages = List.of("/", "/label/Schedules", "/feeds/posts/default");
        pages.forEach(page -> assertThat(read(page)).doesNotContain("Midnight edition"));

        while (clock.instant().isBefore(at.minusMillis(20))) {
            assertThat(read("/")).doesNotContain("Midnight edition");
        }
        while (clock.instant().isBefore(at)) {
            Thread.onSpinWait();
        }

        pages.forEach(page -> assertThat(read(page)).as(page).contains("Midnight edition"));
    }

    private long publish(String title, String label) {
        return editor.create(draft(title, label, null), EditAction.PUBLISH, "admin");
    }

    private static ArticleDraft draft(String title, String label, Instant at) {
        return new ArticleDraft(title, "", "", "Reported by our staff.", List.of(label), at, true, null);
    }

    private String permalink(String slug) {
        return month + "/" + slug;
    }

    private String read(String path) {
        try {
            return reader.get(path).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
