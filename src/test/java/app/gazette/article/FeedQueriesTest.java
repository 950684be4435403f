package app.gazette.article;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.draft;
import static app.gazette.article.TestArticles.published;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleRepository.Headline;
import app.gazette.article.ArticleRepository.Location;
import app.gazette.user.User;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

/** The queries behind feeds and sitemaps: only visible articles, in a stable order. */
@DataJpaTest
class FeedQueriesTest {

    static final Instant NOW = Instant.parse("2019-02-10T12:00:00Z");

    @Autowired
    ArticleRepository articles;

    @Autowired
    TestEntityManager entities;

    long older;
    long newer;
    long bobs;

    @BeforeEach
    void articles() {
        User ada = entities.persist(author("ada"));
        User bob = entities.persist(author("bob"));
        older = entities.persist(published(ada, "older", "2019-02-01T10:00:00Z"))
                .getId();
        bobs = entities.persist(published(bob, "bobs", "2019-02-05T10:00:00Z")).getId();
        newer = entities.persist(published(ada, "newer", "2019-02-09T10:00:00Z"))
                .getId();
        entities.persist(published(ada, "scheduled", "2019-02-11T08:00:00Z"));
        entities.persist(draft(ada, "draft"));
        entities.flush();
        entities.clear();
    }

    @Test
    void locationsArePagedByIdAfterTheLastOneSeen() {
        assertThat(articles.findVisibleLocations(0, NOW, PageRequest.of(0, 2)))
                .extracting(Location::slug)
                .containsExactly("older", "bobs");
        assertThat(articles.findVisibleLocations(bobs, NOW, PageRequest.of(0, 2)))
                .containsExactly(new Location(newer, "newer", 201902, Instant.parse("2019-01-01T00:00:00Z")));
    }

    @Test
    void visibleIdsByOffsetSkipInvisibleArticles() {
        assertThat(articles.findVisibleIds(NOW, PageRequest.of(2, 1))).containsExactly(newer);
        assertThat(articles.findVisibleIds(NOW, PageRequest.of(3, 1))).isEmpty();
    }

    @Test
    void headlinesSinceATimeAreVisibleAndNewestFirst() {
        assertThat(articles.findVisibleSince(Instant.parse("2019-02-05T10:00:00Z"), NOW, PageRequest.of(0, 10)))
                .extracting(Headline::slug)
                .containsExactly("newer", "bobs");
    }
}
