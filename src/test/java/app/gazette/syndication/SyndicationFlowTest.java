package app.gazette.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.gazette.article.ArticleWriter;
import app.gazette.article.NewArticle;
import app.gazette.comment.CommentService;
import app.gazette.comment.NewComment;
import app.gazette.support.AppTest;
import app.gazette.user.UserService;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/** Feeds through the real server, read back with ROME. A database of its own: it adds many articles. */
@AppTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:gazette-feeds-test;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyndicationFlowTest {

    static final String NASTY = "Tom <script>alert(1)</script> & Jerry's \"big\" day";

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleWriter writer;

    @Autowired
    UserService users;

    @Autowired
    CommentService comments;

    final HttpClient http = HttpClient.newHttpClient();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String base;
    Instant nastyAt;
    long nasty;

    @BeforeAll
    void articles() {
        base = "http://localhost:" + port;
        long ada = users.findOrCreateAuthor("ada", "Ada Whitlock");
        long bob = users.findOrCreateAuthor("bob", "Bob Marsh");
        for (int i = 1; i <= 22; i++) {
            writer.create(new NewArticle(
                    "Filler " + i,
                    null,
                    "Filler body " + i,
                    List.of("Filler"),
                    bob,
                    now.minus(Duration.ofHours(100 - i))));
        }
        nastyAt = now.minus(Duration.ofMinutes(5));
        nasty = writer.create(new NewArticle(
                NASTY, "An excerpt & more", "Body with **bold** text", List.of("Sport", "World News"), ada, nastyAt));
        writer.create(
                new NewArticle("Old sport", null, "Old body", List.of("Sport"), ada, now.minus(Duration.ofDays(3))));
        writer.create(new NewArticle("Secret draft", null, "Draft body", List.of("Sport"), ada, null));
        writer.create(
                new NewArticle("Scheduled scoop", null, "Later", List.of("Sport"), ada, now.plus(Duration.ofDays(1))));
        comments.addApproved(nasty, "Reader <b>One</b>", "one@example.org", "First & best", now.minusSeconds(60));
        comments.addApproved(nasty, "Reader Two", "two@example.org", "Second", now.minusSeconds(30));
        comments.post(
                nasty,
                new NewComment("Held back", "new@example.org", "Not yet", null, null, now.minusSeconds(60), false));
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    SyndFeed feed(String path, String contentType) throws Exception {
        HttpResponse<String> response = get(path, Map.of());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue(contentType + ";charset=UTF-8");
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    static SyndEntry entry(SyndFeed feed, String title) {
        return feed.getEntries().stream()
                .filter(e -> e.getTitle().equals(title))
                .findFirst()
                .orElseThrow();
    }

    /** The nasty article's path, as its page is found from the site feed. */
    String nastyPath() throws Exception {
        return URI.create(
                        entry(feed("/feed.atom", "application/atom+xml"), NASTY).getLink())
                .getPath();
    }

    static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feeds/posts/default", "/feed.atom", "/feeds/posts/default?alt=atom"})
    void siteAtomFeedHasTheNewestTwentyVisibleArticlesNewestFirst(String path) throws Exception {
        SyndFeed feed = feed(path, "application/atom+xml");

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Gazette");
        assertThat(feed.getEntries()).hasSize(20);
        List<Date> published =
                feed.getEntries().stream().map(SyndEntry::getPublishedDate).toList();
        assertThat(published).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(titles(feed))
                .contains(NASTY, "Old sport", "Filler 22", "Filler 6")
                .doesNotContain("Secret draft", "Scheduled scoop", "Filler 5", "Filler 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feeds/posts/default?alt=rss", "/feed.xml"})
    void siteRssFeedHasTheSameArticles(String path) throws Exception {
        SyndFeed feed = feed(path, "application/rss+xml");

        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getEntries()).hasSize(20);
        assertThat(titles(feed)).contains(NASTY).doesNotContain("Secret draft", "Scheduled scoop", "Filler 5");
        assertThat(entry(feed, NASTY).getLink()).isEqualTo(base + nastyPath());
    }

    @Test
    void entryCarriesEscapedTitleAbsoluteLinkAuthorDatesLabelsAndContent() throws Exception {
        SyndEntry entry = entry(feed("/feed.atom", "application/atom+xml"), NASTY);

        assertThat(entry.getTitle()).isEqualTo(NASTY);
        assertThat(entry.getLink()).startsWith(base + "/" + permalinkMonth() + "/");
        assertThat(entry.getAuthor()).isEqualTo("Ada Whitlock");
        assertThat(entry.getPublishedDate().toInstant()).isEqualTo(nastyAt);
        assertThat(entry.getUpdatedDate()).isNotNull();
        assertThat(entry.getCategories()).extracting(SyndCategory::getName).containsExactly("Sport", "World News");
        assertThat(entry.getDescription().getValue()).isEqualTo("An excerpt &amp; more");
        assertThat(entry.getContents().get(0).getValue()).contains("<strong>bold</strong>");
    }

    @Test
    void labelFeedsAtGazettesAndBloggersPathsHoldOnlyThatLabel() throws Exception {
        for (String path :
                List.of("/label/Sport/feed.atom", "/label/sport/feed.atom", "/feeds/posts/default/-/Sport")) {
            assertThat(titles(feed(path, "application/atom+xml"))).as(path).containsExactly(NASTY, "Old sport");
        }
        assertThat(titles(feed("/label/World%20News/feed.xml", "application/rss+xml")))
                .containsExactly(NASTY);
        assertThat(titles(feed("/feeds/posts/default/-/Sport?alt=rss", "application/rss+xml")))
                .containsExactly(NASTY, "Old sport");
    }

    @Test
    void authorFeedsHoldThatAuthorsVisibleArticles() throws Exception {
        SyndFeed atom = feed("/author/ada/feed.atom", "application/atom+xml");

        assertThat(atom.getTitle()).isEqualTo("Gazette: posts by Ada Whitlock");
        assertThat(titles(atom)).containsExactly(NASTY, "Old sport");
        assertThat(titles(feed("/author/bob/feed.xml", "application/rss+xml")))
                .hasSize(20)
                .startsWith("Filler 22");
        assertThat(atom.getLinks()).extracting(SyndLink::getHref).contains(base + "/author/ada");
        assertThat(get("/author/ada", Map.of()).body())
                .contains("href=\"/author/ada/feed.atom\" title=\"Gazette: posts by Ada Whitlock (Atom)\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/label/Nothing/feed.atom",
                "/label/Nothing/feed.xml",
                "/feeds/posts/default/-/Nothing",
                "/author/nobody/feed.atom",
                "/author/nobody/feed.xml",
                "/2019/02/no-such-article/feed.atom"
            })
    void unknownLabelAuthorOrArticleIs404(String path) throws Exception {
        assertThat(get(path, Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void draftAndScheduledArticlesHaveNoCommentFeed() throws Exception {
        assertThat(get("/" + permalinkMonth() + "/secret-draft/feed.atom", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/" + permalinkMonth(now.plus(Duration.ofDays(1))) + "/scheduled-scoop/feed.atom", Map.of())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void commentFeedsCarryOnlyApprovedCommentsNewestFirst() throws Exception {
        String article = nastyPath();
        SyndFeed perArticle = feed(article + "/feed.atom", "application/atom+xml");
        SyndFeed site = feed("/feeds/comments/default", "application/atom+xml");
        SyndFeed siteRss = feed("/feeds/comments/default?alt=rss", "application/rss+xml");

        assertThat(perArticle.getEntries())
                .extracting(SyndEntry::getAuthor)
                .containsExactly("Reader Two", "Reader <b>One</b>");
        assertThat(perArticle.getTitle()).isEqualTo("Gazette: comments on \u201c" + NASTY + "\u201d");
        SyndEntry first = perArticle.getEntries().get(1);
        assertThat(first.getTitle()).isEqualTo("Reader <b>One</b> on \u201c" + NASTY + "\u201d");
        assertThat(first.getLink()).startsWith(base + article + "#c");
        assertThat(first.getContents().get(0).getValue()).isEqualTo("First &amp; best");
        assertThat(site.getEntries())
                .extracting(SyndEntry::getAuthor)
                .containsExactly("Reader Two", "Reader <b>One</b>");
        assertThat(siteRss.getEntries()).hasSize(2);
    }

    @Test
    void linksFollowTheSiteAddressNotTheHostAProxyForwarded() throws Exception {
        HttpResponse<String> response =
                get("/feed.atom", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "news.example.org"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));

        assertThat(feed.getEntries().get(0).getLink()).startsWith(base + "/");
        assertThat(feed.getLinks())
                .extracting(SyndLink::getRel, SyndLink::getHref)
                .containsExactly(tuple("alternate", base + "/"), tuple("self", base + "/feed.atom"));
    }

    @Test
    void badAltIsABadRequest() throws Exception {
        assertThat(get("/feeds/posts/default?alt=json", Map.of()).statusCode()).isEqualTo(400);
    }

    @Test
    void pagesAnnounceTheSiteFeedAndTheirOwn() throws Exception {
        String home = get("/", Map.of()).body();
        String label = get("/label/World%20News", Map.of()).body();
        String path = nastyPath();
        String article = get(path, Map.of()).body();

        for (String html : List.of(home, label, article)) {
            assertThat(html)
                    .contains(
                            "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/posts/default\"",
                            "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feeds/posts/default?alt=rss\"");
        }
        assertThat(label).contains("href=\"/label/World%20News/feed.atom\" title=\"Gazette: World News (Atom)\"");
        assertThat(article).contains("href=\"" + path + "/feed.atom\"");
        assertThat(home).doesNotContain("/label/World%20News/feed.atom");
    }

    String permalinkMonth() {
        return permalinkMonth(nastyAt);
    }

    static String permalinkMonth(Instant at) {
        var utc = at.atZone(java.time.ZoneOffset.UTC);
        return String.format("%04d/%02d", utc.getYear(), utc.getMonthValue());
    }
}
