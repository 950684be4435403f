package app.gazette.article;

import static app.gazette.article.TestArticles.author;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.user.User;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The newsroom's list, its search and the dashboard counts. */
@DataJpaTest
class NewsroomQueriesTest {

    static final Instant NOW = Instant.parse("2019-02-10T12:00:00Z");
    static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    ArticleRepository articles;

    @Autowired
    TestEntityManager entities;

    User ada;

    @BeforeEach
    void articles() {
        ada = entities.persist(author("ada"));
        // drafts: ordered by updatedAt, which falls between the published ones' publish times
        draft("draft-old", "Mixed CASE Headline", "2019-02-01T00:00:00Z");
        draft("draft-mid", "Back\\slash story", "2019-02-05T00:00:00Z");
        draft("draft-new", "snake_case naming", "2019-02-09T12:00:00Z");
        // published in the past (two at the same instant: the id breaks the tie)
        published("past", "50% off everything", "2019-02-09T10:00:00Z", "2019-02-10T11:00:00Z");
        published("past-tie", "Weather report", "2019-02-09T10:00:00Z", "2019-02-09T10:00:00Z");
        published("now-exact", "Election night LIVE", NOW.toString(), NOW.toString());
        // scheduled
        published("scheduled", "Tomorrow's match", "2019-02-11T08:00:00Z", "2019-02-01T00:00:00Z");
        published("scheduled-later", "Spring fashion", "2019-03-01T08:00:00Z", "2019-02-01T00:00:00Z");
        // trashed: one was published in the past, one was a draft
        Article trashedPublished =
                published("trashed-published", "Trashed 50% off", "2019-02-08T00:00:00Z", "2019-02-08T00:00:00Z");
        Article trashedDraft = draft("trashed-draft", "Old snake_case draft", "2019-02-07T00:00:00Z");
        trashedPublished.trash();
        trashedDraft.trash();
        entities.flush();
        entities.clear();
    }

    private Article draft(String slug, String title, String updatedAt) {
        Article article = new Article(slug, TestArticles.byline(ada), Instant.parse("2019-01-01T00:00:00Z"));
        article.write(
                title,
                null,
                "Body of " + slug,
                new RenderedBody("<p>Body of " + slug + "</p>", "Body of " + slug, List.of()),
                Instant.parse("2019-01-01T00:00:00Z"));
        article.savedBy(TestArticles.byline(ada), Instant.parse(updatedAt));
        return entities.persist(article);
    }

    private Article published(String slug, String title, String publishAt, String updatedAt) {
        Article article = draft(slug, title, updatedAt);
        var at = Instant.parse(publishAt).atZone(ZoneOffset.UTC);
        article.publish(at.toInstant(), at.getYear() * 100 + at.getMonthValue());
        return article;
    }

    /** The pattern exactly as {@link ArticleAdmin#list} builds it. */
    private static String pattern(String query) {
        return "%" + ArticleAdmin.escapeLike(query.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    private List<String> slugs(String filter, String query) {
        return articles.findForNewsroom(filter, pattern(query), 0, NOW, FIRST_PAGE).getContent().stream()
                .map(Article::getSlug)
                .toList();
    }

    @Test
    void allListsEveryArticleButTheTrashNewestFirstByPublishTimeOrLastSave() {
        assertThat(slugs("all", ""))
                .containsExactly(
                        "scheduled-later",
                        "scheduled",
                        "now-exact",
                        "draft-new",
                        "past-tie",
                        "past",
                        "draft-mid",
                        "draft-old");
    }

    @Test
    void articlesWithTheSameSortTimeAreOrderedByIdDescending() {
        List<Article> found = articles.findForNewsroom("published", pattern(""), 0, NOW, FIRST_PAGE)
                .getContent();

        assertThat(found).extracting(Article::getSlug).containsSubsequence("past-tie", "past");
        assertThat(found.get(1).getId()).isGreaterThan(found.get(2).getId());
    }

    @Test
    void draftFilterListsOnlyDraftsByLastSave() {
        assertThat(slugs("draft", "")).containsExactly("draft-new", "draft-mid", "draft-old");
    }

    @Test
    void trashFilterListsOnlyTrashedArticlesWhateverTheyWereBefore() {
        assertThat(slugs("trash", "")).containsExactly("trashed-published", "trashed-draft");
    }

    @Test
    void publishedFilterListsArticlesWhosePublishTimeHasComeIncludingExactlyNow() {
        assertThat(slugs("published", "")).containsExactly("now-exact", "past-tie", "past");
    }

    @Test
    void scheduledFilterListsPublishedArticlesWithAFuturePublishTime() {
        assertThat(slugs("scheduled", "")).containsExactly("scheduled-later", "scheduled");
    }

    @Test
    void unknownFilterKeyMatchesNothing() {
        assertThat(slugs("everything", "")).isEmpty();
    }

    @Test
    void titleSearchIgnoresCase() {
        assertThat(slugs("all", "mIxEd cAsE")).containsExactly("draft-old");
        assertThat(slugs("all", "ELECTION night")).containsExactly("now-exact");
        assertThat(slugs("all", "Case")).containsExactlyInAnyOrder("draft-old", "draft-new");
    }

    @Test
    void titleSearchFindsAPartOfTheTitle() {
        assertThat(slugs("all", "fashion")).containsExactly("scheduled-later");
        assertThat(slugs("all", "nothing like this")).isEmpty();
    }

    @Test
    void percentSignInTheSearchIsLiteral() {
        assertThat(slugs("all", "%")).containsExactly("past");
        assertThat(slugs("all", "50%")).containsExactly("past");
    }

    @Test
    void underscoreInTheSearchIsLiteral() {
        assertThat(slugs("all", "_")).containsExactly("draft-new");
        assertThat(slugs("all", "snake_")).containsExactly("draft-new");
    }

    @Test
    void backslashInTheSearchIsLiteral() {
        assertThat(slugs("all", "\\")).containsExactly("draft-mid");
        assertThat(slugs("all", "back\\s")).containsExactly("draft-mid");
        assertThat(slugs("all", "\\%")).isEmpty();
    }

    @Test
    void searchAndFilterCombine() {
        assertThat(slugs("trash", "%")).containsExactly("trashed-published");
        assertThat(slugs("trash", "_")).containsExactly("trashed-draft");
        assertThat(slugs("draft", "%")).isEmpty();
        assertThat(slugs("published", "50%")).containsExactly("past");
    }

    @Test
    void pagingSplitsTheListAndCountsEveryMatch() {
        Page<Article> second = articles.findForNewsroom("all", pattern(""), 0, NOW, PageRequest.of(1, 3));

        assertThat(second.getContent()).extracting(Article::getSlug).containsExactly("draft-new", "past-tie", "past");
        assertThat(second.getTotalElements()).isEqualTo(8);
        assertThat(second.getTotalPages()).isEqualTo(3);
    }

    @Test
    void pageCountFollowsFilterAndSearch() {
        Page<Article> first = articles.findForNewsroom("all", pattern("a"), 0, NOW, PageRequest.of(0, 2));

        // titles holding an "a" in any case: Mixed CASE Headline, Back\slash story, snake_case naming,
        // Weather report, Tomorrow's match, Spring fashion (not the trashed ones)
        assertThat(first.getTotalElements()).isEqualTo(6);
        assertThat(first.getTotalPages()).isEqualTo(3);
        assertThat(articles.findForNewsroom("trash", pattern(""), 0, NOW, PageRequest.of(0, 1))
                        .getTotalElements())
                .isEqualTo(2);
    }

    @Test
    void authorIsFetchedWithTheList() {
        Article first = articles.findForNewsroom("all", pattern(""), 0, NOW, FIRST_PAGE)
                .getContent()
                .get(0);

        assertThat(first.authorName()).isEqualTo("Author ada");
    }

    @Test
    void countsScheduledVisibleAndByStatus() {
        assertThat(articles.countForNewsroom("scheduled", 0, NOW)).isEqualTo(2);
        assertThat(articles.countVisible(NOW)).isEqualTo(3);
        assertThat(articles.countForNewsroom("published", 0, NOW)).isEqualTo(3);
        assertThat(articles.countForNewsroom("draft", 0, NOW)).isEqualTo(3);
        assertThat(articles.countForNewsroom("trash", 0, NOW)).isEqualTo(2);
        assertThat(articles.countForNewsroom("review", 0, NOW)).isZero();
    }

    @Test
    void countsMoveWithNow() {
        Instant later = Instant.parse("2019-02-11T08:00:00Z");

        assertThat(articles.countForNewsroom("scheduled", 0, later)).isEqualTo(1);
        assertThat(articles.countVisible(later)).isEqualTo(4);
    }

    @Test
    void latestDraftsAreNewestSaveFirstAndLimited() {
        assertThat(articles.findLatestDrafts(0, PageRequest.of(0, 2)))
                .extracting(Article::getSlug)
                .containsExactly("draft-new", "draft-mid");
        assertThat(articles.findLatestDrafts(0, PageRequest.of(0, 10)))
                .extracting(Article::getSlug)
                .containsExactly("draft-new", "draft-mid", "draft-old");
    }

    @Test
    void anAuthorsListCountsAndDraftsHoldOnlyTheirOwnArticles() {
        User bob = entities.persist(author("bob"));
        Article submitted = new Article("bob-submitted", TestArticles.byline(bob), NOW);
        submitted.write("Bob's story", null, "Text", new RenderedBody("<p>Text</p>", "Text", List.of()), NOW);
        submitted.submit();
        entities.persist(submitted);
        entities.flush();

        assertThat(articles.findForNewsroom("all", pattern(""), bob.getId(), NOW, FIRST_PAGE)
                        .getContent())
                .extracting(Article::getSlug)
                .containsExactly("bob-submitted");
        assertThat(articles.findForNewsroom("review", pattern(""), 0, NOW, FIRST_PAGE)
                        .getContent())
                .extracting(Article::getSlug)
                .containsExactly("bob-submitted");
        assertThat(articles.countForNewsroom("review", bob.getId(), NOW)).isEqualTo(1);
        assertThat(articles.countForNewsroom("draft", bob.getId(), NOW)).isZero();
        assertThat(articles.findLatestDrafts(bob.getId(), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(articles.findLatestDrafts(ada.getId(), PageRequest.of(0, 10)))
                .hasSize(3);
    }
}
