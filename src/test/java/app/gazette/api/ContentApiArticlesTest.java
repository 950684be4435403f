package app.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.api.keys.ContentKeys;
import app.gazette.article.ArticleWriter;
import app.gazette.article.FeaturedDraft;
import app.gazette.article.FrontPage;
import app.gazette.article.FrontPageChoice;
import app.gazette.article.NewArticle;
import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaView;
import app.gazette.support.MutableClock;
import app.gazette.support.Pictures;
import app.gazette.support.StatementCounter;
import app.gazette.user.UserService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The articles of the Content API through the running app: what is listed, how, and what never is. */
@ApiAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentApiArticlesTest {

    static final Instant START = Instant.parse(ApiAppTest.START);

    @Value("${local.server.port}")
    int port;

    @Autowired
    ArticleWriter writer;

    @Autowired
    UserService users;

    @Autowired
    MediaLibrary library;

    @Autowired
    ContentKeys keys;

    @Autowired
    FrontPage frontPage;

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    ApiClient api;
    Instant scheduledAt;
    long draft;
    long pictured;

    @BeforeAll
    void site() {
        long ada = users.findOrCreateAuthor("api-ada", "Ada Api");
        long bob = users.findOrCreateAuthor("api-bob", "Bob Api");
        for (int i = 1; i <= 20; i++) {
            List<String> labels = i % 4 == 0 ? List.of("ApiNews", "ApiSport") : List.of("ApiNews");
            writer.create(new NewArticle(
                    "News " + (char) ('A' + (i * 7) % 20), null, "Para " + i, labels, ada, START.minus(hours(i))));
        }
        MediaView picture = Pictures.upload(library, "api-quay.jpg", 1600, 1000, "Library alt", bob);
        pictured = writer.create(new NewArticle(
                "Quay reopens",
                "The quay is back",
                "First *para*.\n\nSecond para  \nwith a break.",
                List.of("ApiNews"),
                bob,
                START.minus(Duration.ofMinutes(30)),
                new FeaturedDraft(picture.id(), "Boats at the quay", "The quay", "Ada Api")));
        frontPage.mark(pictured, new FrontPageChoice(false, null, true));
        draft = writer.create(
                new NewArticle("Secret draft", null, "Not yet", List.of("ApiNews", "ApiDraftOnly"), ada, null));
        scheduledAt = START.plus(hours(1));
        writer.create(new NewArticle("Tomorrow's news", null, "Later", List.of("ApiNews"), ada, scheduledAt));
        api = new ApiClient(port, json, keys.create("Articles test").secret());
    }

    @AfterEach
    void backToStart() {
        clock.set(START);
    }

    @Test
    void pagesCountOnlyVisibleArticles() {
        JsonNode first = api.get("articles?label=ApiNews&limit=10").body();
        assertThat(first.get("articles")).hasSize(10);
        assertThat(first.at("/meta/pagination").toString())
                .isEqualTo("{\"page\":1,\"limit\":10,\"pages\":3,\"total\":21,\"next\":2,\"prev\":null}");
        JsonNode last = api.get("articles?label=apinews&limit=10&page=3").body();
        assertThat(last.get("articles")).hasSize(1);
        assertThat(last.at("/meta/pagination").toString())
                .isEqualTo("{\"page\":3,\"limit\":10,\"pages\":3,\"total\":21,\"next\":null,\"prev\":2}");
        assertThat(api.get("articles?label=ApiNews").body().get("articles")).hasSize(15);
        assertThat(api.get("articles?label=ApiNews&limit=10&page=9").body().get("articles"))
                .isEmpty();
    }

    @Test
    void newestComeFirstUnlessAnotherOrderIsAsked() {
        assertThat(titles("articles?label=ApiNews&limit=3")).containsExactly("Quay reopens", "News H", "News O");
        assertThat(titles("articles?label=ApiNews&limit=2&order=published_at%20asc"))
                .containsExactly("News A", "News N");
        assertThat(titles("articles?label=ApiNews&limit=3&order=title+asc"))
                .containsExactly("News A", "News B", "News C");
    }

    @Test
    void filtersByLabelAuthorAndPublishTime() {
        assertThat(titles("articles?label=ApiSport&limit=100")).hasSize(5);
        assertThat(titles("articles?author=api-bob")).containsExactly("Quay reopens");
        assertThat(titles("articles?author=nobody")).isEmpty();
        assertThat(titles("articles?label=NoSuchLabel")).isEmpty();
        String before = START.minus(hours(18)).toString();
        assertThat(titles("articles?label=ApiNews&limit=100&published_before=" + before))
                .hasSize(2);
        String after = START.minus(hours(3)).toString();
        assertThat(titles("articles?label=ApiNews&author=api-ada&published_after=" + after))
                .hasSize(2);
        assertThat(titles("articles?label=ApiNews&published_after=2026-06-01&published_before=2026-06-02"))
                .hasSize(13);
    }

    @Test
    void filtersByTheFeaturedMark() {
        assertThat(titles("articles?label=ApiNews&featured=true")).containsExactly("Quay reopens");
        assertThat(titles("articles?label=ApiNews&limit=100&featured=false"))
                .hasSize(20)
                .doesNotContain("Quay reopens");
        ApiClient.Answer refused = api.get("articles?featured=yes");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/message").asString()).contains("featured", "yes");
    }

    @Test
    void draftsNeverAppearAnywhere() {
        assertThat(titles("articles?label=ApiNews&limit=100")).doesNotContain("Secret draft", "Tomorrow's news");
        assertThat(api.get("articles/" + draft).status()).isEqualTo(404);
        assertThat(api.get("articles/slug/secret-draft").status()).isEqualTo(404);
        assertThat(names(api.get("labels").body().get("labels")))
                .contains("ApiNews")
                .doesNotContain("ApiDraftOnly");
    }

    @Test
    void aScheduledArticleAppearsExactlyAtItsTime() {
        clock.set(scheduledAt.minusSeconds(1));
        assertThat(titles("articles?label=ApiNews&limit=1")).containsExactly("Quay reopens");
        assertThat(api.get("articles/slug/tomorrows-news").status()).isEqualTo(404);
        clock.set(scheduledAt);
        assertThat(titles("articles?label=ApiNews&limit=1")).containsExactly("Tomorrow's news");
        assertThat(api.get("articles/slug/tomorrows-news").status()).isEqualTo(200);
    }

    @Test
    void anArticleCarriesAbsoluteLinksDatesBodiesAndItsPicture() {
        JsonNode article = api.get("articles/" + pictured).body().at("/articles/0");
        String base = "http://localhost:" + port;
        assertThat(article.get("slug").asString()).isEqualTo("quay-reopens");
        assertThat(article.get("url").asString()).isEqualTo(base + "/2026/06/quay-reopens");
        assertThat(article.get("excerpt").asString()).isEqualTo("The quay is back");
        assertThat(article.get("html").asString()).contains("<em>para</em>");
        assertThat(article.get("plaintext").asString()).isEqualTo("First para.\n\nSecond para\nwith a break.");
        assertThat(article.get("published_at").asString()).isEqualTo("2026-06-01T11:30:05Z");
        assertThat(article.get("featured").asBoolean()).isTrue();
        assertThat(article.at("/author").toString())
                .isEqualTo("{\"username\":\"api-bob\",\"name\":\"Bob Api\",\"url\":\"" + base + "/author/api-bob\"}");
        assertThat(article.at("/labels/0/url").asString()).isEqualTo(base + "/label/ApiNews");
        JsonNode image = article.get("featured_image");
        assertThat(image.get("alt").asString()).isEqualTo("Boats at the quay");
        assertThat(image.get("url").asString()).startsWith(base + "/media/");
        assertThat(image.get("width").asInt()).isGreaterThanOrEqualTo(1200);
        assertThat(image.get("sizes").size()).isGreaterThan(1);
        assertThat(api.get("articles/slug/quay-reopens").body())
                .isEqualTo(api.get("articles/" + pictured).body());
    }

    @Test
    void fieldsTrimEachArticle() {
        JsonNode article =
                api.get("articles?label=ApiNews&limit=1&fields=title,id").body().at("/articles/0");
        assertThat(article.propertyNames()).containsExactly("id", "title");
        assertThat(api.get("articles/" + pictured + "?fields=url")
                        .body()
                        .at("/articles/0")
                        .propertyNames())
                .containsExactly("url");
    }

    @Test
    void authorsAndLabelsCountVisibleArticlesOnly() {
        JsonNode authors = api.get("authors").body().get("authors");
        JsonNode ada = StreamSupport.stream(authors.spliterator(), false)
                .filter(author -> author.get("username").asString().equals("api-ada"))
                .findFirst()
                .orElseThrow();
        assertThat(ada.at("/count/articles").asLong()).isEqualTo(20);
        assertThat(ada.has("email")).isFalse();
        JsonNode labels = api.get("labels").body().get("labels");
        assertThat(StreamSupport.stream(labels.spliterator(), false)
                        .filter(label -> label.get("name").asString().equals("ApiSport"))
                        .map(label -> label.at("/count/articles").asLong()))
                .containsExactly(5L);
    }

    @Test
    void theSettingsAreThePublicOnes() {
        JsonNode settings = api.get("settings").body().get("settings");
        assertThat(settings.get("url").asString()).isEqualTo("http://localhost:" + port + "/");
        assertThat(settings.propertyNames())
                .containsExactly("title", "description", "url", "locale", "timezone", "logo", "feed");
    }

    @Test
    void aPageCostsTheSameStatementsWhateverItsSize() {
        StatementCounter.reset();
        api.get("articles?label=ApiNews&limit=3");
        int small = StatementCounter.statements().size();
        StatementCounter.reset();
        api.get("articles?label=ApiNews&limit=21");
        assertThat(StatementCounter.statements()).hasSize(small);
        assertThat(small).isLessThanOrEqualTo(8);
    }

    private List<String> titles(String path) {
        return StreamSupport.stream(api.get(path).body().get("articles").spliterator(), false)
                .map(article -> article.get("title").asString())
                .toList();
    }

    private static List<String> names(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false)
                .map(item -> item.get("name").asString())
                .toList();
    }

    private static Duration hours(int count) {
        return Duration.ofHours(count);
    }
}
