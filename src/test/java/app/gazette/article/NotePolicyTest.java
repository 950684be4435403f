package app.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.gazette.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NotePolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final NotePolicy policy = new NotePolicy(Clock.fixed(NOW, ZoneOffset.UTC));
    private final User ada = TestArticles.author("ada");
    private final Article visible = TestArticles.published(ada, "visible", "2026-12-01T08:00:00Z");

    @Test
    void aSaveWithoutANoteIsAlwaysFine() {
        assertThatCode(() -> policy.check(TestArticles.draft(ada, "draft"), EditAction.PUBLISH, NoteDraft.NONE))
                .doesNotThrowAnyException();
    }

    @Test
    void aCorrectionOrUpdateWithItsTextIsKeptWithASaveOfAVisibleArticle() {
        for (NoteKind kind : NoteKind.values()) {
            assertThatCode(() -> policy.check(visible, EditAction.SAVE, new NoteDraft(kind, "We misspelt a name.")))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void aMarkedNoteNeedsItsText() {
        assertThat(refusal(visible, EditAction.SAVE, new NoteDraft(NoteKind.CORRECTION, "  \n ")))
                .isEqualTo("note:article.note.required");
        assertThat(refusal(visible, EditAction.SAVE, new NoteDraft(NoteKind.UPDATE, null)))
                .isEqualTo("note:article.note.required");
    }

    @Test
    void aNoteHasAtMostFiveHundredCharacters() {
        assertThatCode(() -> policy.check(visible, EditAction.SAVE, new NoteDraft(NoteKind.UPDATE, "é".repeat(500))))
                .doesNotThrowAnyException();
        assertThat(refusal(visible, EditAction.SAVE, new NoteDraft(NoteKind.UPDATE, "x".repeat(501))))
                .isEqualTo("note:article.note.size");
    }

    @Test
    void onlyAnArticleReadersCanSeeTakesANote() {
        NoteDraft note = new NoteDraft(NoteKind.CORRECTION, "Wrong date.");
        Article scheduled = TestArticles.published(ada, "later", "2026-12-04T08:00:00Z");

        assertThat(refusal(TestArticles.draft(ada, "draft"), EditAction.SAVE, note))
                .isEqualTo("noteKind:article.note.notPublished");
        assertThat(refusal(scheduled, EditAction.SAVE, note)).isEqualTo("noteKind:article.note.notPublished");
        assertThat(refusal(visible, EditAction.UNPUBLISH, note))
                .as("unpublishing is no correction")
                .isEqualTo("noteKind:article.note.notPublished");
    }

    private String refusal(Article article, EditAction action, NoteDraft note) {
        ArticleFieldException refused =
                catchThrowableOfType(ArticleFieldException.class, () -> policy.check(article, action, note));
        return refused.field() + ":" + refused.messageCode();
    }
}
