package app.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.MutableClock;
import app.gazette.user.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every editor action announces what it did and whether readers could see the article before and after. */
@EditorSlice
@RecordApplicationEvents
class ArticleChangedEventsTest {

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleRepository articles;

    @Autowired
    MutableClock clock;

    @Autowired
    TestEntityManager entities;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void editor() {
        clock.set(EditorSlice.NOW);
        entities.persist(TestArticles.member("ada", Role.ADMIN));
    }

    @Test
    void aDraftPublishedEditedUnpublishedTrashedAndDeletedIsAnnouncedStepByStep() {
        long id = editor.create(ArticleEditorTest.draft("Rates", "", null), EditAction.SAVE, "ada");
        editor.update(id, version(id), ArticleEditorTest.draft("Rates", "", null), EditAction.PUBLISH, "ada");
        editor.update(id, version(id), ArticleEditorTest.draft("Rates up", "", null), EditAction.SAVE, "ada");
        editor.update(id, version(id), ArticleEditorTest.draft("Rates up", "", null), EditAction.UNPUBLISH, "ada");
        editor.trash(id, "ada");
        editor.restoreFromTrash(id, "ada");
        editor.delete(id, "ada");

        assertThat(changes())
                .extracting(c -> c.change() + " " + c.liveBefore() + "→" + c.liveAfter())
                .containsExactly(
                        "CREATED false→false",
                        "PUBLISHED false→true",
                        "SAVED true→true",
                        "UNPUBLISHED true→false",
                        "TRASHED false→false",
                        "RESTORED false→false",
                        "DELETED false→false");
        assertThat(changes()).allSatisfy(c -> assertThat(c.id()).isEqualTo(id));
        assertThat(changes().get(2).title()).isEqualTo("Rates up");
    }

    @Test
    void aScheduledArticleIsNotLiveUntilItsTime() {
        editor.create(
                ArticleEditorTest.draft("Later", "", EditorSlice.NOW.plus(Duration.ofHours(1))),
                EditAction.SCHEDULE,
                "ada");

        assertThat(changes()).singleElement().satisfies(c -> {
            assertThat(c.change()).isEqualTo(ArticleChange.SCHEDULED);
            assertThat(c.liveAfter()).isFalse();
            assertThat(c.slug()).isEqualTo("later");
        });
    }

    private List<ArticleChanged> changes() {
        return events.stream(ArticleChanged.class).toList();
    }

    private long version(long id) {
        entities.flush();
        return articles.findById(id).orElseThrow().getVersion();
    }
}
