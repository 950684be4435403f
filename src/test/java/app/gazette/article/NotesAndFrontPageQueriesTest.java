package app.gazette.article;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.draft;
import static app.gazette.article.TestArticles.published;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.user.User;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/** The corrections page's and the front page's queries: visible articles only, in their order. */
@DataJpaTest
@Import(ArticleListQueries.class)
class NotesAndFrontPageQueriesTest {

    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Autowired
    ArticleNoteRepository notes;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleListQueries lists;

    @Autowired
    TestEntityManager entities;

    User ada;

    @BeforeEach
    void ada() {
        ada = entities.persist(author("ada"));
    }

    @Test
    void correctedArticlesComeByTheirNewestCorrectionAndOnlyWhenVisible() {
        long old = article("old", "2026-11-01T08:00:00Z");
        long recent = article("recent", "2026-11-20T08:00:00Z");
        long updatedOnly = article("updated-only", "2026-11-21T08:00:00Z");
        long scheduled = article("scheduled", "2026-12-05T08:00:00Z");
        note(old, NoteKind.CORRECTION, "2026-12-02T08:00:00Z");
        note(recent, NoteKind.CORRECTION, "2026-11-25T08:00:00Z");
        note(old, NoteKind.CORRECTION, "2026-11-02T08:00:00Z");
        note(updatedOnly, NoteKind.UPDATE, "2026-12-02T09:00:00Z");
        note(scheduled, NoteKind.CORRECTION, "2026-12-02T10:00:00Z");
        note(recent, NoteKind.UPDATE, "2026-12-03T08:00:00Z");

        assertThat(notes.findArticlesWith(NoteKind.CORRECTION, NOW, PageRequest.of(0, 10)))
                .containsExactly(old, recent);
        assertThat(notes.findArticlesWith(NoteKind.CORRECTION, NOW, PageRequest.of(1, 1)))
                .containsExactly(recent);
        assertThat(notes.findOfKind(java.util.List.of(old, recent), NoteKind.CORRECTION))
                .extracting(note -> note.articleId() + "@" + note.createdAt())
                .containsExactly(
                        old + "@2026-12-02T08:00:00Z", recent + "@2026-11-25T08:00:00Z", old + "@2026-11-02T08:00:00Z");
        assertThat(notes.findNewestFirst(recent))
                .extracting(ArticleNote::kind)
                .containsExactly(NoteKind.UPDATE, NoteKind.CORRECTION);
    }

    @Test
    void theFrontPageReadsTheLeadFirstThenFeaturedNewestFirst() {
        long lead = article("lead", "2026-11-01T08:00:00Z");
        long featuredOld = article("featured-old", "2026-11-10T08:00:00Z");
        long featuredNew = article("featured-new", "2026-11-30T08:00:00Z");
        article("plain", "2026-12-01T08:00:00Z");
        long expired = article("expired", "2026-12-02T08:00:00Z");
        long hidden = article("hidden-draft", null);
        articles.updateLead(lead, NOW.minusSeconds(60), null);
        articles.updateLead(expired, NOW.minusSeconds(7200), NOW.minusSeconds(3600));
        articles.updateFeatured(featuredOld, NOW);
        articles.updateFeatured(featuredNew, NOW);
        articles.updateFeatured(hidden, NOW);

        assertThat(lists.frontPage(NOW, 10))
                .extracting(row -> row.article().getSlug())
                .containsExactly("lead", "featured-new", "featured-old");
        assertThat(lists.frontPage(NOW, 2))
                .extracting(row -> row.article().getId())
                .containsExactly(lead, featuredNew);
    }

    @Test
    void aNewLeadReplacesTheOld() {
        long first = article("first", "2026-11-01T08:00:00Z");
        long second = article("second", "2026-11-02T08:00:00Z");
        articles.updateLead(first, NOW, null);

        articles.clearLeadsBut(second);
        articles.updateLead(second, NOW, NOW.plusSeconds(3600));

        assertThat(articles.findById(first).orElseThrow().marks().leadSince()).isNull();
        assertThat(articles.findById(second).orElseThrow().marks().leadUntil()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(articles.findById(second).orElseThrow().getVersion())
                .as("marking is no edit: an open editor page can still save")
                .isZero();
    }

    private long article(String slug, String publishAt) {
        Article article = publishAt == null ? draft(ada, slug) : published(ada, slug, publishAt);
        long id = entities.persistAndFlush(article).getId();
        return id;
    }

    private void note(long articleId, NoteKind kind, String at) {
        entities.persistAndFlush(
                new ArticleNote(articleId, kind, kind + " of " + articleId, Instant.parse(at), ada.getId()));
    }
}
