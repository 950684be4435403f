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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

@DataJpaTest
class ArticleRepositoryTest {

    static final Instant NOW = Instant.parse("2019-02-10T12:00:00Z");

    @Autowired
    ArticleRepository articles;
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
        entities.getEntityManager().createQuery("update Article a set a.status = :s where a.slug = 'trashed'")
                .setParameter("s", ArticleStatus.TRASHED).executeUpdate();
        entities.flush();
        entities.clear();
    }

    @Test
    void visibleArticlesAreNewestFirstWithoutDraftsScheduledOrTrashed() {
        Page<Article> page = articles.findVisible(NOW, PageRequest.of(0, 10));

        assertThat(page.getContent()).extracting(Article::getSlug).containsExactly("feb-second", "feb-first", "jan");
        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent().get(0).getAuthor().getDisplayName()).isEqualTo("Author ada");
    }

    @Test
    void scheduledArticleBecomesVisibleAtItsPublishTime() {
        Instant later = Instant.parse("2019-02-11T08:00:00Z");

        assertThat(articles.findVisible(later, PageRequest.of(0, 10)).getContent())
                .extracting(Article::getSlug).first().isEqualTo("scheduled");
    }

    @Test
    void pagingSplitsTheListAndCountsPages() {
        Page<Article> second = articles.findVisible(NOW, PageRequest.of(1, 2));

        assertThat(second.getContent()).extracting(Article::getSlug).containsExactly("jan");
        assertThat(second.getTotalPages()).isEqualTo(2);
    }

    @Test
    void labelListHoldsOnlyVisibleArticlesWithThatLabel() {
        assertThat(articles.findVisibleByLabel(sport.getId(), NOW, PageRequest.of(0, 10)).getContent())
                .extracting(Article::getSlug).containsExactly("feb-second", "jan");
    }

    @Test
    void monthAndYearArchivesUseThePublishMonth() {
        assertThat(articles.findVisibleInMonths(201902, 201902, NOW, PageRequest.of(0, 10)).getContent())
                .extracting(Article::getSlug).containsExactly("feb-second", "feb-first");
        assertThat(articles.findVisibleInMonths(201901, 201912, NOW, PageRequest.of(0, 10)).getTotalElements())
                .isEqualTo(3);
        assertThat(articles.findVisibleInMonths(201801, 201812, NOW, PageRequest.of(0, 10)).getContent()).isEmpty();
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
        PageRequest one = PageRequest.of(0, 1);

        assertThat(articles.findOlder(febSecond.getPublishAt(), febSecond.getId(), NOW, one))
                .extracting(Article::getSlug).containsExactly("feb-first");
        assertThat(articles.findOlder(febFirst.getPublishAt(), febFirst.getId(), NOW, one))
                .extracting(Article::getSlug).containsExactly("jan");
        assertThat(articles.findNewer(febFirst.getPublishAt(), febFirst.getId(), NOW, one))
                .extracting(Article::getSlug).containsExactly("feb-second");
        assertThat(articles.findNewer(febSecond.getPublishAt(), febSecond.getId(), NOW, one)).isEmpty();
        assertThat(articles.findOlder(jan.getPublishAt(), jan.getId(), NOW, one)).isEmpty();
    }

    @Test
    void archiveCountsVisibleArticlesPerMonthNewestFirst() {
        assertThat(articles.countVisibleByMonth(NOW))
                .isEqualTo(List.of(new MonthCount(201902, 2), new MonthCount(201901, 1)));
    }
}
