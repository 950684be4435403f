package app.gazette.article;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.draft;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.user.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

@DataJpaTest
class RevisionRepositoryTest {

    static final Instant START = Instant.parse("2019-02-10T12:00:00Z");

    @Autowired
    RevisionRepository revisions;

    @Autowired
    TestEntityManager entities;

    User ada;
    Article first;
    Article second;

    @BeforeEach
    void articles() {
        ada = entities.persist(author("ada"));
        first = entities.persist(draft(ada, "first"));
        second = entities.persist(draft(ada, "second"));
    }

    private Revision revision(Article article, String title, int minute) {
        return entities.persist(new Revision(
                article.getId(),
                title,
                null,
                "Body " + title,
                "Sport, Politics",
                ada.getId(),
                START.plusSeconds(60L * minute),
                RevisionAction.SAVED,
                null));
    }

    @Test
    void listHoldsOnlyThatArticlesRevisionsNewestFirst() {
        Revision one = revision(first, "one", 1);
        revision(second, "other", 2);
        Revision two = revision(first, "two", 3);
        Revision three = revision(first, "three", 4);
        revision(second, "other again", 5);
        entities.flush();
        entities.clear();

        assertThat(revisions.findByArticleIdOrderByIdDesc(first.getId()))
                .extracting(Revision::getId)
                .containsExactly(three.getId(), two.getId(), one.getId());
        assertThat(revisions.findByArticleIdOrderByIdDesc(second.getId()))
                .extracting(Revision::getTitle)
                .containsExactly("other again", "other");
    }

    @Test
    void articleWithoutRevisionsHasAnEmptyList() {
        revision(first, "one", 1);
        entities.flush();

        assertThat(revisions.findByArticleIdOrderByIdDesc(second.getId())).isEmpty();
    }

    @Test
    void revisionKeepsWhatWasSaved() {
        Revision saved = revision(first, "Title", 7);
        entities.flush();
        entities.clear();

        Revision found =
                revisions.findByIdAndArticleId(saved.getId(), first.getId()).orElseThrow();
        assertThat(found.getTitle()).isEqualTo("Title");
        assertThat(found.getBodyMarkdown()).isEqualTo("Body Title");
        assertThat(found.getExcerpt()).isNull();
        assertThat(found.getLabels()).isEqualTo("Sport, Politics");
        assertThat(found.getAuthorId()).isEqualTo(ada.getId());
        assertThat(found.getCreatedAt()).isEqualTo(START.plusSeconds(420));
    }

    @Test
    void revisionIsNotFoundThroughAnotherArticle() {
        Revision ofSecond = revision(second, "other", 1);
        entities.flush();
        entities.clear();

        assertThat(revisions.findByIdAndArticleId(ofSecond.getId(), first.getId()))
                .isEmpty();
        assertThat(revisions.findByIdAndArticleId(ofSecond.getId(), second.getId()))
                .isPresent();
        assertThat(revisions.findByIdAndArticleId(ofSecond.getId() + 1000, second.getId()))
                .isEmpty();
    }

    @Test
    void idsPastTheNewestFiftyAreTheFiveOldestOfFiftyFive() {
        List<Long> ofFirst = new ArrayList<>();
        for (int n = 0; n < 55; n++) {
            ofFirst.add(revision(first, "rev " + n, n).getId());
            if (n % 10 == 0) {
                revision(second, "other " + n, n);
            }
        }
        entities.flush();
        entities.clear();

        List<Long> oldest =
                ofFirst.subList(0, 5).stream().sorted(Comparator.reverseOrder()).toList();
        assertThat(revisions.findIdsNewestFirst(first.getId(), PageRequest.of(1, 50)))
                .isEqualTo(oldest);
        assertThat(revisions.findIdsNewestFirst(first.getId(), PageRequest.of(0, 50)))
                .hasSize(50)
                .first()
                .isEqualTo(ofFirst.get(54));
    }

    @Test
    void noIdsPastTheNewestFiftyWhenThereAreFifty() {
        for (int n = 0; n < 50; n++) {
            revision(first, "rev " + n, n);
        }
        revision(second, "other", 60);
        entities.flush();

        assertThat(revisions.findIdsNewestFirst(first.getId(), PageRequest.of(1, 50)))
                .isEmpty();
    }
}
