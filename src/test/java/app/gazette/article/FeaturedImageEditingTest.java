package app.gazette.article;

import static app.gazette.article.TestArticles.author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.comment.CommentService;
import app.gazette.label.LabelService;
import app.gazette.pagecache.ContentVersion;
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

/** The featured picture of an article and the pictures each save records as used, on a real database. */
@DataJpaTest(properties = "gazette.content-version.poll-millis=0")
@EnableConfigurationProperties(GazetteProperties.class)
@Import({
    ContentVersion.class,
    ArticleListQueries.class,
    ArticleEditor.class,
    NotePolicy.class,
    ArticlePictures.class,
    FakeMedia.class,
    SlugPicker.class,
    RevisionService.class,
    ArticleAdmin.class,
    FrontPagePolicy.class,
    LabelService.class,
    CommentService.class,
    MarkdownRenderer.class,
    SiteFormatsConfig.class,
    UserDirectory.class,
    SettingsService.class,
    FeaturedImageEditingTest.Clocks.class
})
class FeaturedImageEditingTest {

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
    FakeMedia.Library library;

    @Autowired
    FakeMedia.Usages usages;

    @Autowired
    ArticleRepository articles;

    @Autowired
    TestEntityManager entities;

    @BeforeEach
    void setUp() {
        entities.persist(author("ada"));
        library.put(FakeMedia.picture(7, "harbour", 2400, 1600, ""));
        library.put(FakeMedia.picture(8, "lighthouse", 1600, 1200, "A lighthouse at dusk"));
    }

    static ArticleDraft draft(String body, FeaturedDraft featured) {
        return new ArticleDraft("Harbour", "", null, body, List.of(), null, true, featured);
    }

    @Test
    void publishingWithAFeaturedImageWithoutAltIsRefusedOnTheAltField() {
        assertThatThrownBy(() ->
                        editor.create(draft("Text", new FeaturedDraft(7L, " ", "", "")), EditAction.PUBLISH, "ada"))
                .isInstanceOfSatisfying(ArticleFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("featuredAlt");
                    assertThat(e.messageCode()).isEqualTo("article.featured.altRequired");
                });
    }

    @Test
    void aDraftMaySaveAFeaturedImageWithoutAlt() {
        long id = editor.create(draft("Text", new FeaturedDraft(7L, "", "Quay", "Ada")), EditAction.SAVE, "ada");

        var edit = admin.edit(id, "ada");
        assertThat(edit.featuredId()).isEqualTo(7L);
        assertThat(edit.featuredAlt()).isEmpty();
        assertThat(edit.featuredCaption()).isEqualTo("Quay");
        assertThat(edit.featuredCredit()).isEqualTo("Ada");
    }

    @Test
    void altDefaultsFromTheLibraryAndThenPublishes() {
        long id = editor.create(draft("Text", new FeaturedDraft(8L, "", "", "")), EditAction.PUBLISH, "ada");

        assertThat(admin.edit(id, "ada").featuredAlt()).isEqualTo("A lighthouse at dusk");
    }

    @Test
    void aPictureNoLongerInTheLibraryIsRefusedOnTheChoice() {
        assertThatThrownBy(
                        () -> editor.create(draft("Text", new FeaturedDraft(99L, "x", "", "")), EditAction.SAVE, "ada"))
                .isInstanceOfSatisfying(
                        ArticleFieldException.class, e -> assertThat(e.field()).isEqualTo("featuredId"));
    }

    @Test
    void eachSaveRecordsTheFeaturedAndBodyPicturesAndDeleteForgetsThem() {
        String body = "![Quay](/media/harbour-960.jpg \"The quay\")\n\n![Elsewhere](https://example.org/x.jpg)";
        long id = editor.create(draft(body, new FeaturedDraft(8L, "", "", "")), EditAction.SAVE, "ada");
        assertThat(usages.of(id)).containsExactlyInAnyOrder(7L, 8L);

        entities.flush();
        editor.update(
                id,
                articles.findById(id).orElseThrow().getVersion(),
                draft("No pictures", null),
                EditAction.SAVE,
                "ada");
        assertThat(usages.of(id)).isEmpty();

        entities.flush();
        editor.update(id, articles.findById(id).orElseThrow().getVersion(), draft(body, null), EditAction.SAVE, "ada");
        assertThat(usages.of(id)).containsExactly(7L);
        entities.persist(TestArticles.member("root", Role.ADMIN));
        editor.delete(id, "root");
        assertThat(usages.of(id)).isEmpty();
    }
}
