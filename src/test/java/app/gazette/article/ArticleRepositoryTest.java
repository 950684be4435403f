package app.gazette.article;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.draft;
import static app.gazette.article.TestArticles.published;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.label.Label;
import app.gazette.user.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

@DataJpaTest
@Import(ArticleListQueries.class)
class ArticleRepositoryTest {

    static final Instant NOW = Instant.parse("2019-02-10T12:00:00Z");

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleListQueries lists;

    @Autowired
    TestEntityManager entities;

    Article jan;
    Article febFirst;
    Article febSecond;
    Label sport;

    @BeforeEach
    void articles() {
        User ada = entities.persist(author("ada"));
        sport = entities.persist(new Label("Sport"));
        jan = entities.persist(published(ada, "jan", "2019-01-31T23:00:00Z", sport));
        febFirst = entities.persist(published(ada, "feb-first", "2019-02-09T10:00:00Z"));
        febSecond = entities.persist(published(ada, "feb-second", "2019-02-09T10:00:00Z", sport));
        entities.persist(published(ada, "scheduled", "2019-02-11T08:00:00Z", sport));
        entities.persist(draft(ada, "draft"));
        Article trashed = published(ada, "trashed", "2019-02-01T08:00:00Z");
        entities.persist(trashed);
        entities.getEntityManager()
                .createQuery("update Article a set a.status = :s where a.slug = 'trashed'")
                .setParameter("s", ArticleStatus.TRASHED)
                .executeUpdate();
        entities.flush();
        entities.clear();
    }

    @Test
    void visibleArticlesAreNewestFirstWithoutDraftsScheduledOrTrashed() {
        List<ArticleListQueries.Row> rows = lists.older(ListScope.ALL, Cursor.top(NOW), NOW, 10);

        assertThat(slugs(rows)).containsExactly("feb-second", "feb-first", "jan");
        assertThat(lists.count(ListScope.ALL, NOW)).isEqualTo(3);
        assertThat(rows.get(0).article().authorName()).isEqualTo("Author ada");
    }

    @Test
    void scheduledArticleBecomesVisibleAtItsPublishTime() {
        Instant later = Instant.parse("2019-02-11T08:00:00Z");

        assertThat(slugs(lists.older(ListScope.ALL, Cursor.top(later), later, 10)))
                .first()
                .isEqualTo("scheduled");
    }

    @Test
    void keysetPagesContinueAfterTheirCursorInBothDirections() {
        List<ArticleListQueries.Row> first = lists.older(ListScope.ALL, Cursor.top(NOW), NOW, 2);
        Cursor last = first.get(1).cursor();

        assertThat(slugs(lists.older(ListScope.ALL, last, NOW, 2))).containsExactly("jan");
        assertThat(slugs(lists.newer(
                        ListScope.ALL,
                        lists.older(ListScope.ALL, last, NOW, 2).get(0).cursor(),
                        NOW,
                        5)))
                .containsExactly("feb-first", "feb-second");
        assertThat(lists.cursorAt(ListScope.ALL, NOW, 1)).contains(last);
        assertThat(lists.cursorAt(ListScope.ALL, NOW, 3)).isEmpty();
    }

    @Test
    void labelListHoldsOnlyVisibleArticlesWithThatLabel() {
        assertThat(slugs(lists.older(ListScope.label(sport.getId()), Cursor.top(NOW), NOW, 10)))
                .containsExactly("feb-second", "jan");
        assertThat(lists.labelNames(List.of(jan.getId(), febFirst.getId())))
                .containsOnlyKeys(jan.getId())
                .containsEntry(jan.getId(), List.of("Sport"));
    }

    @Test
    void monthAndYearArchivesArePublishTimeRanges() {
        ListScope february =
                ListScope.between(Instant.parse("2019-02-01T00:00:00Z"), Instant.parse("2019-03-01T00:00:00Z"));
        ListScope lastYear =
                ListScope.between(Instant.parse("2018-01-01T00:00:00Z"), Instant.parse("2019-01-01T00:00:00Z"));

        assertThat(slugs(lists.older(february, Cursor.top(NOW), NOW, 10))).containsExactly("feb-second", "feb-first");
        assertThat(lists.older(lastYear, Cursor.top(NOW), NOW, 10)).isEmpty();
    }

    @Test
    void listRowsCountApprovedCommentsOnly() {
        entities.getEntityManager()
                .createNativeQuery("insert into comments (article_id, author_name, body, status,"
                        + " staff, created_at) values (?1, 'Reader', 'Hi', 'APPROVED', false, ?2), (?1, 'Spammer', 'Buy',"
                        + " 'PENDING', false, ?2)")
                .setParameter(1, jan.getId())
                .setParameter(2, NOW)
                .executeUpdate();

        assertThat(lists.older(ListScope.ALL, Cursor.top(NOW), NOW, 10))
                .extracting(ArticleListQueries.Row::commentCount)
                .containsExactly(0L, 0L, 1L);
    }

    @Test
    void authorListHoldsTheirVisibleArticles() {
        assertThat(slugs(lists.older(ListScope.author("ada"), Cursor.top(NOW), NOW, 10)))
                .hasSize(3);
        assertThat(lists.older(ListScope.author("bob"), Cursor.top(NOW), NOW, 10))
                .isEmpty();
    }

    @Test
    void findBySlugFindsAnyStatusAndExistsBySlugTellsTaken() {
        assertThat(articles.findBySlug("draft")).map(Article::getStatus).contains(ArticleStatus.DRAFT);
        assertThat(articles.findBySlug("nope")).isEmpty();
        assertThat(articles.existsBySlug("jan")).isTrue();
        assertThat(articles.existsBySlug("nope")).isFalse();
    }

    @Test
    void neighboursBreakTiesByIdAndSkipInvisibleArticles() {
        assertThat(lists.neighbours(cursor(febSecond), NOW))
                .containsOnlyKeys("O")
                .extractingByKey("O")
                .extracting(ArticleLink::permalink)
                .isEqualTo("/2019/02/feb-first");
        assertThat(lists.neighbours(cursor(febFirst), NOW))
                .extractingByKeys("N", "O")
                .extracting(ArticleLink::permalink)
                .containsExactly("/2019/02/feb-second", "/2019/01/jan");
        assertThat(lists.neighbours(cursor(jan), NOW)).containsOnlyKeys("N");
    }

    @Test
    void archiveCountsVisibleArticlesPerMonthNewestFirst() {
        assertThat(articles.countVisibleByMonth(NOW))
                .isEqualTo(List.of(new MonthCount(201902, 2), new MonthCount(201901, 1)));
    }

    private static List<String> slugs(List<ArticleListQueries.Row> rows) {
        return rows.stream().map(row -> row.article().getSlug()).toList();
    }

    private static Cursor cursor(Article article) {
        return new Cursor(article.getPublishAt(), article.getId());
    }
}
