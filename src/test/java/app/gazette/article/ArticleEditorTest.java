package app.gazette.article;

import static app.gazette.article.TestArticles.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.support.MutableClock;
import app.gazette.user.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * The editor's rules on a real database with a clock the test moves. Its rows are never committed,
 * so the content version is read in the test's transaction only (no background reads).
 */
@EditorSlice
class ArticleEditorTest {

    static final Instant NOW = EditorSlice.NOW;

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleService reader;

    @Autowired
    RevisionService revisions;

    @Autowired
    ArticleRepository articles;

    @Autowired
    MutableClock clock;

    @Autowired
    TestEntityManager entities;

    @BeforeEach
    void editors() {
        clock.set(NOW);
        entities.persist(author("ada"));
        entities.persist(author("bob"));
    }

    static ArticleDraft draft(String title, String slug, Instant publishAt) {
        return new ArticleDraft(title, slug, null, "Body of *" + title + "*", List.of("Sport"), publishAt, true, null);
    }

    @Test
    void scheduledArticleAppearsEverywhereAtItsTimeWithNoJob() {
        Instant at = NOW.plus(Duration.ofHours(2));
        editor.create(draft("Kick-off", "", at), EditAction.SCHEDULE, "ada");
        long sport = entities.getEntityManager()
                .createQuery("select l.id from Label l", Long.class)
                .getSingleResult();

        assertThat(reader.findVisible("kick-off")).isEmpty();
        assertThat(reader.newest(ListPosition.NEWEST, 10).entries()).isEmpty();
        assertThat(reader.withLabel(sport, ListPosition.NEWEST, 10).entries()).isEmpty();
        assertThat(reader.inMonth(YearMonth.of(2019, 2), ListPosition.NEWEST, 10)
                        .entries())
                .isEmpty();
        assertThat(reader.archive()).isEmpty();

        clock.set(at);

        assertThat(reader.findVisible("kick-off")).map(ArticleView::permalink).contains("/2019/02/kick-off");
        assertThat(reader.newest(ListPosition.NEWEST, 10).entries())
                .extracting(ArticleSummaryView::title)
                .containsExactly("Kick-off");
        assertThat(reader.withLabel(sport, ListPosition.NEWEST, 10).entries()).hasSize(1);
        assertThat(reader.inMonth(YearMonth.of(2019, 2), ListPosition.NEWEST, 10)
                        .entries())
                .hasSize(1);
        assertThat(reader.archive()).hasSize(1);
    }

    @Test
    void schedulingInThePastIsRefusedOnThePublishTimeField() {
        assertThatThrownBy(() -> editor.create(draft("Late", "", NOW.minusSeconds(60)), EditAction.SCHEDULE, "ada"))
                .isInstanceOfSatisfying(
                        ArticleFieldException.class, e -> assertThat(e.field()).isEqualTo("publishAt"));
        assertThat(articles.count()).isZero();
    }

    @Test
    void draftsAndUnpublishedArticlesStayHidden() {
        long id = editor.create(draft("Quiet", "", null), EditAction.SAVE, "ada");
        assertThat(reader.findVisible("quiet")).isEmpty();

        editor.update(id, version(id), draft("Quiet", "", null), EditAction.PUBLISH, "ada");
        assertThat(reader.findVisible("quiet")).isPresent();

        editor.update(id, version(id), draft("Quiet", "", null), EditAction.UNPUBLISH, "ada");
        assertThat(reader.findVisible("quiet")).isEmpty();
    }

    @Test
    void changingTheSlugOrMonthOfAPublishedArticleKeepsTheOldAddressWorking() {
        long id = editor.create(draft("Bridge", "", null), EditAction.PUBLISH, "ada");

        editor.update(
                id,
                version(id),
                draft("Bridge", "bridge-reopens", NOW.minus(Duration.ofDays(40))),
                EditAction.SAVE,
                "ada");

        assertThat(reader.findVisible("bridge")).map(ArticleView::permalink).contains("/2018/12/bridge-reopens");
        assertThat(reader.findVisible("bridge-reopens"))
                .map(ArticleView::permalink)
                .contains("/2018/12/bridge-reopens");
    }

    @Test
    void anOldSlugCannotBeTakenByAnotherArticleButItsOwnerCanTakeItBack() {
        long id = editor.create(draft("Bridge", "", null), EditAction.PUBLISH, "ada");
        editor.update(id, version(id), draft("Bridge", "bridge-reopens", null), EditAction.SAVE, "ada");

        assertThatThrownBy(() -> editor.create(draft("Other", "bridge", null), EditAction.SAVE, "bob"))
                .isInstanceOfSatisfying(
                        ArticleFieldException.class, e -> assertThat(e.field()).isEqualTo("slug"));

        editor.update(id, version(id), draft("Bridge", "bridge", null), EditAction.SAVE, "ada");
        assertThat(reader.findVisible("bridge")).map(ArticleView::permalink).contains("/2019/02/bridge");
        assertThat(reader.findVisible("bridge-reopens")).isPresent();
    }

    @Test
    void slugsMadeFromTitlesAreUnique() {
        editor.create(draft("Same title", "", null), EditAction.SAVE, "ada");
        long second = editor.create(draft("Same title", "", null), EditAction.SAVE, "bob");

        assertThat(articles.findById(second)).map(Article::getSlug).contains("same-title-2");
    }

    @Test
    void aSaveOverAnUnseenVersionIsRefusedAndNamesWhoSaved() {
        long id = editor.create(draft("Budget", "", null), EditAction.SAVE, "ada");
        long opened = version(id);
        clock.advance(Duration.ofMinutes(5));
        editor.update(id, opened, draft("Budget by Bob", "", null), EditAction.SAVE, "bob");
        entities.flush();

        assertThatThrownBy(() -> editor.update(id, opened, draft("Budget by Ada", "", null), EditAction.SAVE, "ada"))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.savedBy()).isEqualTo("Author bob");
                    assertThat(conflict.savedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
                    assertThat(conflict.currentVersion()).isEqualTo(version(id));
                });
        assertThat(articles.findById(id)).map(Article::getTitle).contains("Budget by Bob");
    }

    @Test
    void everySaveIsARevisionAndOnlyTheNewestFiftyAreKept() {
        long id = editor.create(draft("Draft 0", "", null), EditAction.SAVE, "ada");
        for (int n = 1; n <= 54; n++) {
            editor.update(id, version(id), draft("Draft " + n, "", null), EditAction.SAVE, n % 2 == 0 ? "ada" : "bob");
            entities.flush();
        }

        List<RevisionService.RevisionView> kept = revisions.list(id);

        assertThat(kept).hasSize(RevisionService.KEPT);
        assertThat(kept.get(0).title()).isEqualTo("Draft 54");
        assertThat(kept.get(49).title()).isEqualTo("Draft 5");
        assertThat(kept.get(0).authorName()).isEqualTo("Author ada");
    }

    @Test
    void restoringARevisionBringsBackItsTextAndIsItselfARevision() {
        long id = editor.create(
                new ArticleDraft("First", "", "old excerpt", "Old *text*", List.of("Old"), null, true, null),
                EditAction.SAVE,
                "ada");
        entities.flush();
        long first = revisions.list(id).get(0).id();
        editor.update(id, version(id), draft("Second", "", null), EditAction.SAVE, "bob");
        entities.flush();

        editor.restore(id, first, "bob");
        entities.flush();

        Article article = articles.findById(id).orElseThrow();
        assertThat(article.getTitle()).isEqualTo("First");
        assertThat(article.getBodyHtml()).isEqualToIgnoringWhitespace("<p>Old <em>text</em></p>");
        assertThat(article.labelNames()).containsExactly("Old");
        assertThat(revisions.list(id))
                .extracting(RevisionService.RevisionView::title)
                .containsExactly("First", "Second", "First");
    }

    @Test
    void trashHidesAnArticleAndRestoreBringsItBackAsADraft() {
        long id = editor.create(draft("Gone", "", null), EditAction.PUBLISH, "ada");

        editor.trash(id, "ada");
        assertThat(reader.findVisible("gone")).isEmpty();
        assertThat(articles.findById(id)).map(Article::getStatus).contains(ArticleStatus.TRASHED);

        editor.restoreFromTrash(id, "ada");
        assertThat(articles.findById(id)).map(Article::getStatus).contains(ArticleStatus.DRAFT);

        entities.persist(TestArticles.member("root", Role.ADMIN));
        editor.delete(id, "root");
        entities.flush();
        assertThat(articles.findById(id)).isEmpty();
    }

    private long version(long id) {
        entities.flush();
        return articles.findById(id).orElseThrow().getVersion();
    }
}
