package app.gazette.article;

import static app.gazette.article.ArticlePolicy.Act.DELETE;
import static app.gazette.article.ArticlePolicy.Act.EDIT;
import static app.gazette.article.ArticlePolicy.Act.PUBLISH;
import static app.gazette.article.ArticlePolicy.Act.RESTORE;
import static app.gazette.article.ArticlePolicy.Act.RETURN;
import static app.gazette.article.ArticlePolicy.Act.SUBMIT;
import static app.gazette.article.ArticlePolicy.Act.TRASH;
import static app.gazette.article.ArticlePolicy.Act.UNPUBLISH;
import static app.gazette.article.ArticlePolicy.Act.VIEW;
import static app.gazette.article.ArticleStatus.DRAFT;
import static app.gazette.article.ArticleStatus.PUBLISHED;
import static app.gazette.article.ArticleStatus.REVIEW;
import static app.gazette.article.ArticleStatus.TRASHED;
import static app.gazette.user.Role.ADMIN;
import static app.gazette.user.Role.AUTHOR;
import static app.gazette.user.Role.CONTRIBUTOR;
import static app.gazette.user.Role.EDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticlePolicy.Act;
import app.gazette.article.ArticlePolicy.ArticleRights;
import app.gazette.user.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticlePolicyTest {

    private static Set<Act> allowed(Role role, boolean own, ArticleStatus status) {
        Set<Act> acts = EnumSet.noneOf(Act.class);
        for (Act act : Act.values()) {
            if (ArticlePolicy.may(role, own, status, act)) {
                acts.add(act);
            }
        }
        return acts;
    }

    @Test
    void aContributorWritesAndSubmitsTheirOwnDraftsAndPublishesNothing() {
        assertThat(allowed(CONTRIBUTOR, true, DRAFT)).containsExactlyInAnyOrder(VIEW, EDIT, SUBMIT, TRASH);
        assertThat(allowed(CONTRIBUTOR, true, REVIEW)).containsExactlyInAnyOrder(VIEW, EDIT, TRASH);
        assertThat(allowed(CONTRIBUTOR, true, PUBLISHED))
                .as("once published, it is the editors'")
                .containsExactly(VIEW);
        assertThat(allowed(CONTRIBUTOR, true, TRASHED)).containsExactlyInAnyOrder(VIEW, RESTORE);
    }

    @Test
    void anAuthorPublishesAndChangesTheirOwnArticlesWithoutReview() {
        assertThat(allowed(AUTHOR, true, DRAFT)).containsExactlyInAnyOrder(VIEW, EDIT, PUBLISH, UNPUBLISH, TRASH);
        assertThat(allowed(AUTHOR, true, PUBLISHED)).containsExactlyInAnyOrder(VIEW, EDIT, PUBLISH, UNPUBLISH, TRASH);
        assertThat(allowed(AUTHOR, true, TRASHED)).contains(RESTORE).doesNotContain(DELETE);
    }

    @Test
    void nobodyButEditorsAndAdminsTouchesAnotherMembersArticle() {
        for (ArticleStatus status : ArticleStatus.values()) {
            assertThat(allowed(CONTRIBUTOR, false, status)).isEmpty();
            assertThat(allowed(AUTHOR, false, status)).isEmpty();
            assertThat(allowed(EDITOR, false, status)).contains(VIEW, EDIT, PUBLISH, UNPUBLISH, TRASH, RESTORE);
        }
    }

    @Test
    void onlyEditorsAndAdminsReturnASubmissionAndOnlyWhileItIsInReview() {
        for (Role role : Role.values()) {
            assertThat(ArticlePolicy.may(role, false, REVIEW, RETURN)).isEqualTo(role.editsEveryone());
            assertThat(ArticlePolicy.may(role, true, DRAFT, RETURN)).isFalse();
            assertThat(ArticlePolicy.may(role, true, PUBLISHED, RETURN)).isFalse();
        }
    }

    @Test
    void onlyContributorsSubmitAndOnlyDrafts() {
        assertThat(ArticlePolicy.may(EDITOR, true, DRAFT, SUBMIT)).isFalse();
        assertThat(ArticlePolicy.may(AUTHOR, true, DRAFT, SUBMIT)).isFalse();
        assertThat(ArticlePolicy.may(CONTRIBUTOR, true, REVIEW, SUBMIT))
                .as("already submitted")
                .isFalse();
    }

    @Test
    void onlyAdminsDeleteForGood() {
        for (Role role : Role.values()) {
            assertThat(ArticlePolicy.may(role, true, TRASHED, DELETE)).isEqualTo(role == ADMIN);
        }
    }

    @Test
    void theEditorsButtonsAskForTheActsTheirNamesSay() {
        assertThat(ArticlePolicy.act(EditAction.SAVE)).isEqualTo(EDIT);
        assertThat(ArticlePolicy.act(EditAction.SUBMIT)).isEqualTo(SUBMIT);
        assertThat(ArticlePolicy.act(EditAction.SCHEDULE)).isEqualTo(PUBLISH);
        assertThat(ArticlePolicy.act(EditAction.UNPUBLISH)).isEqualTo(UNPUBLISH);
    }

    @Test
    void rightsOfferOnlyWhatTheStatusAllows() {
        assertThat(ArticlePolicy.rights(CONTRIBUTOR, true, DRAFT))
                .isEqualTo(new ArticleRights(true, true, false, false, false, true, false, false));
        assertThat(ArticlePolicy.rights(EDITOR, false, REVIEW))
                .isEqualTo(new ArticleRights(true, false, true, true, true, true, false, false));
        assertThat(ArticlePolicy.rights(ADMIN, false, TRASHED))
                .as("a trashed article is restored before it is edited")
                .isEqualTo(new ArticleRights(false, false, true, true, false, false, true, true));
    }
}
