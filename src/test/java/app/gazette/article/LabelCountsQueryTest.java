package app.gazette.article;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.draft;
import static app.gazette.article.TestArticles.published;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleRepository.LabelTally;
import app.gazette.label.Label;
import app.gazette.user.User;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/** The sidebar's label counts (moved here from the label repository: they count visible articles). */
@DataJpaTest
class LabelCountsQueryTest {

    static final Instant NOW = Instant.parse("2019-02-10T12:00:00Z");

    @Autowired
    ArticleRepository articles;

    @Autowired
    TestEntityManager entities;

    @BeforeEach
    void labelledArticles() {
        User ada = entities.persist(author("ada"));
        Label sport = entities.persist(new Label("Sport"));
        Label world = entities.persist(new Label("World  News "));
        Label unused = entities.persist(new Label("Unused"));
        entities.persist(published(ada, "one", "2019-02-01T10:00:00Z", sport, world));
        entities.persist(published(ada, "two", "2019-02-02T10:00:00Z", sport));
        entities.persist(published(ada, "future", "2019-03-01T10:00:00Z", world, unused));
        entities.persist(draft(ada, "draft"));
        entities.flush();
        entities.clear();
    }

    @Test
    void countsOnlyVisibleArticlesAndLeavesUnusedLabelsOut() {
        assertThat(articles.countVisibleByLabel(NOW))
                .containsExactly(new LabelTally("Sport", 2), new LabelTally("World News", 1));
    }
}
