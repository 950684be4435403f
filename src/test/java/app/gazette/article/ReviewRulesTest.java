package app.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.comment.CommentService;
import app.gazette.label.LabelService;
import app.gazette.pagecache.ContentVersion;
import app.gazette.shared.ForbiddenException;
import app.gazette.site.GazetteProperties;
import app.gazette.site.SettingsService;
import app.gazette.site.SiteFormatsConfig;
import app.gazette.support.FakeMedia;
import app.gazette.support.MutableClock;
import app.gazette.user.Role;
import app.gazette.user.UserDirectory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The article services enforce the roles, whatever a page offers: contributors submit, editors review. */
@DataJpaTest(properties = "gazette.content-version.poll-millis=0")
@EnableConfigurationProperties(GazetteProperties.class)
@Import({
    ContentVersion.class,
    ArticleListQueries.class,
    ArticleEditor.class,
    NotePolicy.class,
    ArticleAdmin.class,
    FrontPagePolicy.class,
    ArticlePictures.class,
    FakeMedia.class,
    SlugPicker.class,
    RevisionService.class,
    LabelService.class,
    CommentService.class,
    MarkdownRenderer.class,
    SiteFormatsConfig.class,
    UserDirectory.class,
    SettingsService.class,
    ReviewRulesTest.Clocks.class
})
class ReviewRulesTest {

    static final Instant NOW = Instant.parse("2019-02-09T10:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(NOW);
        }
    }

    @Autowired
    ArticleEditor editor;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    RevisionService revisions;

    @Autowired
    TestEntityManager entities;

    @BeforeEach
    void newsroom() {
        member("cora", Role.CONTRIBUTOR);
        member("carl", Role.CONTRIBUTOR);
        member("abe", Role.AUTHOR);
        member("ed", Role.EDITOR);
    }

    private void member(String username, Role role) {
        entities.persist(TestArticles.member(username, role));
    }

    private static ArticleDraft draft(String title) {
        return new ArticleDraft(title, "", null, "Body of " + title, List.of(), null, true, null);
    }

    private long version(long id) {
        entities.flush();
        return admin.edit(id, "ed").version();
    }

    @Test
    void aContributorCannotPublishOrScheduleNotEvenTheirOwnDraft() {
        assertThatThrownBy(() -> editor.create(draft("Scoop"), EditAction.PUBLISH, "cora"))
                .isInstanceOf(ForbiddenException.class);
        long id = editor.create(draft("Scoop"), EditAction.SAVE, "cora");

        assertThatThrownBy(() -> editor.update(id, version(id), draft("Scoop"), EditAction.SCHEDULE, "cora"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> editor.returnToWriter(id, "No", "cora")).isInstanceOf(ForbiddenException.class);
        assertThat(admin.edit(id, "cora").state()).isEqualTo(ArticleState.DRAFT);
    }

    @Test
    void contributorsAndAuthorsCannotSeeOrTouchAnotherMembersArticle() {
        long id = editor.create(draft("Mine"), EditAction.SAVE, "cora");
        long version = version(id);

        for (String other : List.of("carl", "abe")) {
            assertThatThrownBy(() -> admin.edit(id, other)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> editor.update(id, version, draft("Theirs"), EditAction.SAVE, other))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> editor.trash(id, other)).isInstanceOf(ForbiddenException.class);
            assertThat(admin.list(AdminFilter.ALL, "", 1, other).entries()).isEmpty();
        }
        assertThat(admin.list(AdminFilter.ALL, "", 1, "ed").entries())
                .extracting(ArticleAdmin.ArticleRow::title)
                .containsExactly("Mine");
    }

    @Test
    void aSubmissionIsReturnedWithANoteFixedResubmittedAndApprovedWithEveryStepRecorded() {
        long id = editor.create(draft("Flood"), EditAction.SAVE, "cora");
        editor.update(id, version(id), draft("Flood"), EditAction.SUBMIT, "cora");
        assertThat(admin.counts("ed").inReview()).isEqualTo(1);
        assertThat(admin.list(AdminFilter.REVIEW, "", 1, "ed").entries()).hasSize(1);

        editor.returnToWriter(id, "  Name the river.  ", "ed");
        entities.flush();
        ArticleAdmin.ArticleEdit returned = admin.edit(id, "cora");
        assertThat(returned.state()).isEqualTo(ArticleState.DRAFT);
        assertThat(returned.returnNote().note()).isEqualTo("Name the river.");
        assertThat(returned.returnNote().by()).isEqualTo("Author ed");

        editor.update(id, version(id), draft("Flood on the Severn"), EditAction.SAVE, "cora");
        assertThat(admin.edit(id, "cora").returnNote())
                .as("the note stays while the writer fixes the draft")
                .isNotNull();
        editor.update(id, version(id), draft("Flood on the Severn"), EditAction.SUBMIT, "cora");
        assertThat(admin.edit(id, "cora").returnNote()).isNull();
        editor.update(id, version(id), draft("Flood on the Severn"), EditAction.PUBLISH, "ed");

        entities.flush();
        assertThat(admin.edit(id, "cora").state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(admin.edit(id, "cora").rights().edit())
                .as("published: the editors' now")
                .isFalse();
        assertThat(revisions.list(id))
                .extracting(RevisionService.RevisionView::authorName, RevisionService.RevisionView::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Author ed", "approved"),
                        org.assertj.core.groups.Tuple.tuple("Author cora", "submitted"),
                        org.assertj.core.groups.Tuple.tuple("Author cora", "saved"),
                        org.assertj.core.groups.Tuple.tuple("Author ed", "returned"),
                        org.assertj.core.groups.Tuple.tuple("Author cora", "submitted"),
                        org.assertj.core.groups.Tuple.tuple("Author cora", "saved"));
    }

    @Test
    void anAuthorPublishesTheirOwnButCannotReviewOthers() {
        long own = editor.create(draft("Column"), EditAction.PUBLISH, "abe");
        long submitted = editor.create(draft("Tip"), EditAction.SUBMIT, "cora");

        assertThat(admin.edit(own, "abe").state()).isEqualTo(ArticleState.PUBLISHED);
        assertThatThrownBy(() -> editor.returnToWriter(submitted, "No", "abe")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> editor.delete(own, "abe")).isInstanceOf(ForbiddenException.class);
    }
}
