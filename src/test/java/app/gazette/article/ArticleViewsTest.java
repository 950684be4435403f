package app.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.gazette.shared.SiteFormats;
import app.gazette.site.GazetteProperties;
import app.gazette.site.ModerationMode;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** "Close comments after N days" closes an article's comments N days after it was published. */
class ArticleViewsTest {

    static final Instant NOW = Instant.parse("2019-02-19T10:00:00Z");

    final SettingsService settings = mock(SettingsService.class);
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
                new app.gazette.support.FakeMedia.Library());
    }

    void closeAfter(int days) {
        when(settings.current())
                .thenReturn(new Settings("Gazette", "", 10, "d.M.yyyy", ModerationMode.NONE, days, "", 1));
    }

    Article publishedAt(String at) {
        Article article = TestArticles.published(TestArticles.author("ada"), "a", at);
        ReflectionTestUtils.setField(article, "id", 1L);
        return article;
    }

    @Test
    void commentsStayOpenForNDaysAfterPublishing() {
        closeAfter(10);

        assertThat(views.full(publishedAt("2019-02-09T10:00:00Z")).commentsOpen())
                .isTrue();
        assertThat(views.full(publishedAt("2019-02-09T09:59:59Z")).commentsOpen())
                .isFalse();
    }

    @Test
    void zeroDaysNeverCloses() {
        closeAfter(0);

        assertThat(views.full(publishedAt("2001-01-01T00:00:00Z")).commentsOpen())
                .isTrue();
    }

    @Test
    void anArticleClosedByHandStaysClosed() {
        closeAfter(0);
        Article closed = publishedAt("2019-02-18T00:00:00Z");
        closed.openComments(false);

        assertThat(views.full(closed).commentsOpen()).isFalse();
    }

    @Test
    void pageTimesAreToTheWholeSecondWhileTheExactPublishTimeFindsTheNeighbours() {
        closeAfter(0);
        Article article = publishedAt("2019-02-09T10:00:00.123456Z");

        ArticleView view = views.full(article);

        assertThat(view.isoTime()).isEqualTo("2019-02-09T10:00:00Z");
        assertThat(view.publishAt()).isEqualTo(Instant.parse("2019-02-09T10:00:00.123456Z"));
        assertThat(views.summary(article, 0, List.of()).isoTime()).isEqualTo("2019-02-09T10:00:00Z");
    }
}
