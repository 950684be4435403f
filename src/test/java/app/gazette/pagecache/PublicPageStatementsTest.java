package app.gazette.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.ArticleService;
import app.gazette.article.EditAction;
import app.gazette.article.FeaturedDraft;
import app.gazette.article.FrontPage;
import app.gazette.article.FrontPageChoice;
import app.gazette.comment.CommentService;
import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaView;
import app.gazette.support.AppTest;
import app.gazette.support.Browser;
import app.gazette.support.Pictures;
import app.gazette.support.StatementCounter;
import app.gazette.user.UserService;
import com.github.benmanes.caffeine.cache.Cache;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Rendering a reader page costs a few SQL statements, the same whatever its article's comment and
 * label counts, and one more for a list's featured pictures however many it shows (an article page's
 * one for its own picture and its related stories' together) (measured with the
 * page cache emptied; the per-node version check is not per page).
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPageStatementsTest {

    static final int MAX_STATEMENTS = 3;

    /** The article, its related stories, its neighbours and its comments. */
    static final int ARTICLE_STATEMENTS = 4;

    @LocalServerPort
    int port;

    @Autowired
    ArticleEditor editor;

    @Autowired
    CommentService comments;

    @Autowired
    Cache<String, CachedPage> pages;

    @Autowired
    Clock clock;

    @Autowired
    MediaLibrary library;

    @Autowired
    UserService users;

    @Autowired
    FrontPage frontPage;

    @Autowired
    ArticleService articles;

    String month;

    @BeforeAll
    void articles() {
        month = String.format("/%1$tY/%1$tm", YearMonth.now(clock.withZone(ZoneOffset.UTC)));
        editor.create(draft("Quiet day", List.of("Quietlabel")), EditAction.PUBLISH, "admin");
        long busy = editor.create(
                draft("Busy day", List.of("Busylabel", "B2", "B3", "B4", "B5")), EditAction.PUBLISH, "admin");
        IntStream.range(0, 30)
                .forEach(n -> comments.addApproved(
                        busy, "Reader " + n, "r" + n + "@example.org", "Comment number " + n, clock.instant()));
        long photographer = users.findOrCreateAuthor("statements-photographer", "Photographer");
        for (String title : List.of("Sunny day", "Sunny evening")) {
            MediaView picture = Pictures.upload(library, title + ".jpg", 800, 500, title, photographer);
            editor.create(
                    new ArticleDraft(
                            title,
                            "",
                            "",
                            "The sun over Harrowmere.",
                            List.of("Sunlabel"),
                            null,
                            true,
                            new FeaturedDraft(picture.id(), title, "", "")),
                    EditAction.PUBLISH,
                    "admin");
        }
    }

    @Test
    void articlePagesCostTheSameWhateverTheirCommentsAndLabels() {
        int quiet = statements(month + "/quiet-day");
        int busy = statements(month + "/busy-day");

        assertThat(busy).isEqualTo(quiet).isEqualTo(ARTICLE_STATEMENTS);
    }

    @Test
    void anArticleAndItsRelatedStoriesFindTheirPicturesInOneStatement() {
        assertThat(statements(month + "/sunny-day")).isEqualTo(ARTICLE_STATEMENTS + 1);
    }

    @Test
    void listPagesCostTheSameWhateverTheirArticles() {
        assertThat(statements("/label/Busylabel"))
                .isEqualTo(statements("/label/Quietlabel"))
                .isLessThanOrEqualTo(MAX_STATEMENTS);
        for (String list : List.of("/", month, month.substring(0, 5), "/author/admin")) {
            assertThat(statements(list)).as(list).isLessThanOrEqualTo(MAX_STATEMENTS);
        }
    }

    @Test
    void aListsFeaturedPicturesCostOneStatementHoweverManyItShows() {
        assertThat(statements("/label/Sunlabel"))
                .isEqualTo(statements("/label/Quietlabel") + 1)
                .isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(statements("/search?q=sunny")).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(statements("/label/Sunlabel/feed.atom")).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    @Test
    void theHomePageWithALeadAndFeaturedStoriesStaysWithinTheBudget() throws Exception {
        long lead = editor.create(draft("Lead day", List.of("Leadlabel")), EditAction.PUBLISH, "admin");
        frontPage.mark(lead, new FrontPageChoice(true, null, true));
        for (String title : List.of("Sunny day", "Busy day")) {
            frontPage.mark(
                    articles.findVisible(title.toLowerCase(Locale.ROOT).replace(' ', '-'))
                            .orElseThrow()
                            .id(),
                    new FrontPageChoice(false, null, true));
        }

        assertThat(statements("/")).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(new Browser(port).get("/").body()).contains("Lead day", "class=\"featured-strip\"");
    }

    @Test
    void deepAndFeedPagesStayWithinTheBudget() {
        for (String page : List.of(
                "/?before=" + Instant.parse("2000-01-01T00:00:00Z") + "_1",
                "/feeds/posts/default",
                "/label/Busylabel/feed.atom",
                "/feeds/comments/default",
                month + "/busy-day/feed.atom",
                "/search?q=day")) {
            assertThat(statements(page)).as(page).isLessThanOrEqualTo(MAX_STATEMENTS);
        }
    }

    /** Statements a render of the page costs once the node's shared caches are warm. */
    private int statements(String path) {
        Browser reader = new Browser(port);
        try {
            assertThat(reader.get(path).statusCode()).as(path).isEqualTo(200);
            pages.invalidateAll();
            StatementCounter.reset();
            assertThat(reader.get(path).statusCode()).isEqualTo(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (int) StatementCounter.statements().stream()
                .filter(sql -> !sql.contains("content_version"))
                .count();
    }

    private static ArticleDraft draft(String title, List<String> labels) {
        return new ArticleDraft(title, "", "", "A day in Harrowmere.", labels, null, true, null);
    }
}
