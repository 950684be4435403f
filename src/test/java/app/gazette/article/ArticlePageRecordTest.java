package app.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.gazette.shared.SiteFormats;
import app.gazette.site.ModerationMode;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import app.gazette.support.FakeMedia;
import app.gazette.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The article page's record: "Updated" only for a save well after publishing, reading time from the
 * text, and related stories whose pictures come with the article's own from one library lookup.
 */
class ArticlePageRecordTest {

    static final Instant NOW = Instant.parse("2019-02-19T10:00:00Z");
    static final String PUBLISHED = "2019-02-09T10:00:00Z";

    final SettingsService settings = mock(SettingsService.class);
    final FakeMedia.Library library = new FakeMedia.Library();
    final User ada = TestArticles.author("ada");
    final ArticleViews views = new ArticleViews(
            new SiteFormats(ZoneId.of("UTC"), Locale.UK, () -> "EEEE d MMMM yyyy"),
            settings,
            Clock.fixed(NOW, ZoneOffset.UTC),
            library);

    ArticlePageRecordTest() {
        when(settings.current()).thenReturn(new Settings("Gazette", "", 10, "d.M.yyyy", ModerationMode.NONE, 0, "", 1));
    }

    Article savedAt(String at) {
        Article article = ArticleViewsTest.withId(1, TestArticles.published(ada, "tide", PUBLISHED));
        article.savedBy(TestArticles.byline(ada), Instant.parse(at));
        return article;
    }

    @Test
    void aSaveMoreThanTenMinutesAfterPublishingShowsAsUpdated() {
        ArticleView view = views.full(savedAt("2019-02-10T08:00:00Z"), List.of(), List.of());

        assertThat(view.updated()).isEqualTo("Sunday 10 February 2019, 08:00");
        assertThat(view.updatedIso()).isEqualTo("2019-02-10T08:00:00Z");
    }

    @Test
    void savesBeforeOrJustAfterPublishingAreNotUpdates() {
        assertThat(views.full(savedAt("2019-02-09T10:10:00Z"), List.of(), List.of())
                        .updated())
                .isNull();
        assertThat(views.full(savedAt("2019-02-01T10:00:00Z"), List.of(), List.of())
                        .updated())
                .as("written before a scheduled time")
                .isNull();
    }

    @Test
    void readingTimeComesFromTheText() {
        Article article = ArticleViewsTest.withId(1, TestArticles.published(ada, "tide", PUBLISHED));
        article.write("Tide", null, "", new RenderedBody(ReadingTimeTest.words(700), "", List.of()), NOW);

        assertThat(views.full(article, List.of(), List.of()).readingMinutes()).isEqualTo(3);
    }

    @Test
    void relatedStoriesAndTheArticleShareOneLibraryLookup() {
        library.put(FakeMedia.picture(71, "quay", 1600, 1000, "Library alt"));
        library.put(FakeMedia.picture(72, "mill", 1600, 1000, "The mill"));
        Article article = TestArticles.pictured(
                ArticleViewsTest.withId(1, TestArticles.published(ada, "tide", PUBLISHED)), 71, "Quay");
        List<ArticleListQueries.Related> related = List.of(
                new ArticleListQueries.Related(
                        "Mill",
                        "/2019/02/mill",
                        Instant.parse("2019-02-08T10:00:00Z"),
                        new FeaturedImage(72L, null, null, null)),
                new ArticleListQueries.Related(
                        "Gone",
                        "/2019/02/gone",
                        Instant.parse("2019-02-07T10:00:00Z"),
                        new FeaturedImage(99L, "x", null, null)),
                new ArticleListQueries.Related("Plain", "/2019/02/plain", Instant.parse("2019-02-06T10:00:00Z"), null));

        ArticleView view = views.full(article, related, List.of());

        assertThat(library.lookups()).isEqualTo(1);
        assertThat(view.featured().alt()).isEqualTo("Quay");
        assertThat(view.related()).extracting(RelatedStory::title).containsExactly("Mill", "Gone", "Plain");
        assertThat(view.related().get(0).featured().alt()).isEqualTo("The mill");
        assertThat(view.related().get(0).date()).isEqualTo("Friday 8 February 2019");
        assertThat(view.related().get(0).isoTime()).isEqualTo("2019-02-08T10:00:00Z");
        assertThat(view.related().get(1).featured()).as("left the library").isNull();
        assertThat(view.related().get(2).featured()).isNull();
    }

    @Test
    void anArticleWithoutPicturesNeverAsksTheLibrary() {
        Article article = ArticleViewsTest.withId(1, TestArticles.published(ada, "tide", PUBLISHED));

        views.full(article, List.of(new ArticleListQueries.Related("Plain", "/2019/02/plain", NOW, null)), List.of());

        assertThat(library.lookups()).isZero();
    }
}
