package app.gazette.label;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.draft;
import static app.gazette.article.TestArticles.published;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.user.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;

@DataJpaTest
class LabelRepositoryTest {

    static final Instant NOW = Instant.parse("2019-02-10T12:00:00Z");

    @Autowired
    LabelRepository labels;

    @Autowired
    TestEntityManager entities;

    Label sport;
    Label world;

    @BeforeEach
    void labelledArticles() {
        User ada = entities.persist(author("ada"));
        sport = entities.persist(new Label("Sport"));
        world = entities.persist(new Label("World  News "));
        Label unused = entities.persist(new Label("Unused"));
        entities.persist(published(ada, "one", "2019-02-01T10:00:00Z", sport, world));
        entities.persist(published(ada, "two", "2019-02-02T10:00:00Z", sport));
        entities.persist(published(ada, "future", "2019-03-01T10:00:00Z", world, unused));
        var hidden = draft(ada, "draft");
        entities.persist(hidden);
        entities.flush();
        entities.clear();
    }

    @Test
    void labelsAreFoundByTheirCaseInsensitiveKey() {
        assertThat(labels.findBySlug(LabelNames.keyOf(" world news")))
                .map(Label::getName)
                .contains("World News");
        assertThat(labels.findBySlugIn(List.of("sport", "unused", "nope")))
                .extracting(Label::getName)
                .containsExactlyInAnyOrder("Sport", "Unused");
    }

    @Test
    void twoLabelsCannotDifferOnlyInCase() {
        org.junit.jupiter.api.Assertions.assertThrows(
                DataIntegrityViolationException.class, () -> labels.saveAndFlush(new Label("SPORT")));
    }
}
