package app.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.gazette.shared.SiteFormats;
import app.gazette.site.GazetteProperties;
import app.gazette.site.ModerationMode;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import app.gazette.support.FakeMedia;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * "Close comments after N days" closes an article's comments N days after it was published; a list's
 * featured pictures are found in one library lookup.
 */
class ArticleViewsTest {

    static final Instant NOW = Instant.parse("2019-02-19T10:00:00Z");

    final SettingsService settings = mock(SettingsService.class);
    final FakeMedia.Library library = new FakeMedia.Library();
    final ArticleViews views;

    ArticleViewsTest() {
        GazetteProperties properties = new GazetteProperties(
                ZoneId.of("UTC"),
                10,
                "EEEE d MMMM yyyy",
                "Gazette",
                "",
                new GazetteProperties.Comments(ModerationMode.FIRST_TIME),
                new GazetteProperties.Admin("admin", ""));
        views = new ArticleViews(
                new SiteFormats(properties.timeZone(), Locale.UK, properties::dateHeaderPattern),
                settings,
                Clock.fixed(NOW, ZoneOffset.UTC),
                library);
    }

    void closeAfter(int days) {
        when(settings.current())
                .thenReturn(new Settings("Gazette", "", 10, "d.M.yyyy", ModerationMode.NONE, days, "", 1));
    }

    Article publishedAt(String at) {
        return withId(1, TestArticles.published(TestArticles.author("ada"), "a", at));
    }

    static Article withId(long id, Article article) {
        ReflectionTestUtils.setField(article, "id", id);
        return article;
    }

    @Test
    void aListsFeaturedPicturesComeFromOneLibraryLookupWithTheArticlesTexts() {
        library.put(FakeMedia.picture(71, "quay", 1600, 1000, "Library alt"));
        library.put(FakeMedia.picture(72, "mill", 1600, 1000, "The mill"));
        Article quay = withId(1, TestArticles.published(TestArticles.author("ada"), "quay", "2019-02-09T10:00:00Z"));
        quay.feature(new FeaturedImage(71L, "Boats at the quay", null, "Ada"));
        Article mill = withId(2, TestArticles.published(TestArticles.author("ada"), "mill", "2019-02-08T10:00:00Z"));
        mill.feature(new FeaturedImage(72L, null, null, null));
        Article gone = withId(3, TestArticles.published(TestArticles.author("ada"), "gone", "2019-02-07T10:00:00Z"));
        gone.feature(new FeaturedImage(99L, "Deleted", null, null));
        Article plain = withId(4, TestArticles.published(TestArticles.author("ada"), "plain", "2019-02-06T10:00:00Z"));

        Map<Long, FeaturedView> featured = views.featured(List.of(quay, mill, gone, plain));

        assertThat(library.lookups()).isEqualTo(1);
        assertThat(featured).containsOnlyKeys(1L, 2L);
        assertThat(featured.get(1L).alt()).isEqualTo("Boats at the quay");
        assertThat(featured.get(1L).credit()).isEqualTo("Ada");
        assertThat(featured.get(2L).alt()).isEqualTo("The mill");
        assertThat(views.summary(quay, 0, List.of(), featured)
                        .featured()
                        .picture()
                        .id())
                .isEqualTo(71);
        assertThat(views.summary(plain, 0, List.of(), featured).featured()).isNull();
    }

    @Test
    void aListWithoutPicturesNeverAsksTheLibrary() {
        assertThat(views.featured(List.of(publishedAt("2019-02-09T10:00:00Z")))).isEmpty();
        assertThat(library.lookups()).isZero();
    }

    @Test
    void commentsStayOpenForNDaysAfterPublishing() {
        closeAfter(10);

        assertThat(views.full(publishedAt("2019-02-09T10:00:00Z"), List.of(), List.of())
                        .commentsOpen())
                .isTrue();
        assertThat(views.full(publishedAt("2019-02-09T09:59:59Z"), List.of(), List.of())
                        .commentsOpen())
                .isFalse();
    }

    @Test
    void zeroDaysNeverCloses() {
        closeAfter(0);

        assertThat(views.full(publishedAt("2001-01-01T00:00:00Z"), List.of(), List.of())
                        .commentsOpen())
                .isTrue();
    }

    @Test
    void anArticleClosedByHandStaysClosed() {
        closeAfter(0);
        Article closed = publishedAt("2019-02-18T00:00:00Z");
        closed.openComments(false);

        assertThat(views.full(closed, List.of(), List.of()).commentsOpen()).isFalse();
    }

    @Test
    void pageTimesAreToTheWholeSecondWhileTheExactPublishTimeFindsTheNeighbours() {
        closeAfter(0);
        Article article = publishedAt("2019-02-09T10:00:00.123456Z");

        ArticleView view = views.full(article, List.of(), List.of());

        assertThat(view.isoTime()).isEqualTo("2019-02-09T10:00:00Z");
        assertThat(view.publishAt()).isEqualTo(Instant.parse("2019-02-09T10:00:00.123456Z"));
        assertThat(views.summary(article, 0, List.of(), Map.of()).isoTime()).isEqualTo("2019-02-09T10:00:00Z");
    }
}
