package app.gazette.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.article.AdminFilter;
import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleAdmin.ArticleEdit;
import app.gazette.article.ArticleAdmin.ArticleRow;
import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.ArticleFieldException;
import app.gazette.article.ArticlePolicy;
import app.gazette.article.ArticleState;
import app.gazette.article.ArticleStatus;
import app.gazette.article.EditAction;
import app.gazette.article.RenderedBody;
import app.gazette.article.TestConflicts;
import app.gazette.shared.PageView;
import app.gazette.support.WebSliceTest;
import app.gazette.user.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebSliceTest
class AdminArticleControllerTest {

    static final ArticleEdit SAVED = new ArticleEdit(
            7,
            3,
            "Budget",
            "budget",
            null,
            "Body",
            "Council",
            null,
            true,
            ArticleState.DRAFT,
            null,
            "Ada Whitlock",
            "Saturday 9 February 2019, 10:15",
            null,
            "",
            "",
            "",
            ArticlePolicy.rights(Role.EDITOR, true, ArticleStatus.DRAFT),
            null);

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    ArticleEditor editor;

    @Autowired
    app.gazette.support.FakeMedia.Library library;

    @BeforeEach
    void editorRights() {
        given(admin.rightsForNew(anyString())).willReturn(SAVED.rights());
    }

    @BeforeEach
    void saved() {
        given(admin.edit(eq(7L), anyString())).willReturn(SAVED);
        given(admin.labelNames()).willReturn(List.of("Council", "Sport"));
        given(admin.preview(anyString()))
                .willAnswer(call -> new RenderedBody("<p>rendered " + call.getArgument(0) + "</p>", "", List.of()));
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
        return request.with(csrf())
                .param("title", "Budget")
                .param("slug", "")
                .param("excerpt", "")
                .param("body", "The **budget**")
                .param("labels", "Council, Money")
                .param("publishAt", "")
                .param("commentsOpen", "true");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/articles"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?continue=/admin/articles"));
        mvc.perform(get("/admin")).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void listShowsRowsWithStatusAuthorCommentsAndLinks() throws Exception {
        given(admin.list(AdminFilter.SCHEDULED, "bud", 1, "ada"))
                .willReturn(new PageView<>(
                        List.of(new ArticleRow(
                                7,
                                "Budget",
                                ArticleState.SCHEDULED,
                                "Sunday 10 February 2019, 08:00",
                                "Ada",
                                4,
                                null,
                                true,
                                false)),
                        1,
                        1));

        String html = mvc.perform(
                        get("/admin/articles").param("status", "scheduled").param("q", "bud"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Budget", "Scheduled", "Sunday 10 February 2019, 08:00", "Ada", "/admin/articles/7/edit")
                .contains("mark-lead")
                .doesNotContain("mark-featured");
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void writesWithoutCsrfTokenAreForbidden() throws Exception {
        mvc.perform(post("/admin/articles").param("title", "x").param("body", "y"))
                .andExpect(status().isForbidden());
        then(editor).should(never()).create(any(), any(), anyString());
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void publishingANewArticleSavesTheDraftAndRedirectsWithANotice() throws Exception {
        given(editor.create(any(), eq(EditAction.PUBLISH), eq("ada"))).willReturn(9L);

        mvc.perform(form(post("/admin/articles")).param("action", "publish"))
                .andExpect(redirectedUrl("/admin/articles/9/edit"))
                .andExpect(flash().attribute("notice", "article.saved.publish"));

        ArgumentCaptor<ArticleDraft> draft = ArgumentCaptor.forClass(ArticleDraft.class);
        then(editor).should().create(draft.capture(), eq(EditAction.PUBLISH), eq("ada"));
        assertThat(draft.getValue())
                .isEqualTo(new ArticleDraft(
                        "Budget", "", "", "The **budget**", List.of("Council", "Money"), null, true, null));
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void invalidArticleKeepsTheTextAndShowsAMessagePerField() throws Exception {
        String html = mvc.perform(post("/admin/articles")
                        .with(csrf())
                        .param("title", " ")
                        .param("body", "Kept <b>text</b>")
                        .param("publishAt", "tomorrow")
                        .param("action", "publish"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Please give the article a title.",
                        "This is not a date and time",
                        "Kept &lt;b&gt;text&lt;/b&gt;</textarea>");
        then(editor).should(never()).create(any(), any(), anyString());
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void previewButtonRendersWithoutSaving() throws Exception {
        String html = mvc.perform(form(post("/admin/articles")).param("action", "preview"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("<p>rendered The **budget**</p>");
        then(editor).should(never()).create(any(), any(), anyString());
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void thePublishTimeIsReadBackAsTheSiteWritesDatesWhateverTheBrowserShows() throws Exception {
        String html = mvc.perform(post("/admin/articles")
                        .with(csrf())
                        .param("title", "Budget")
                        .param("body", "The **budget**")
                        .param("publishAt", "2019-02-09T10:15")
                        .param("action", "preview"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .containsPattern(
                        "id=\"publishAt-reads\"[^>]*data-locale=\"en-GB\"[^>]*>Saturday 9 February 2019, 10:15<");
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void previewEndpointAnswersTheRenderedFragment() throws Exception {
        String html = mvc.perform(post("/admin/preview").with(csrf()).param("markdown", "# Hi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).isEqualTo("<p>rendered # Hi</p>");
        mvc.perform(post("/admin/preview").with(csrf()).param("markdown", "x".repeat(200_001)))
                .andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(username = "bob", roles = "EDITOR")
    void aSaveOverAnUnseenVersionGetsTheConflictPageWithTheTextKept() throws Exception {
        willThrow(TestConflicts.conflict("Ada Whitlock", 4))
                .given(editor)
                .update(eq(7L), eq(3L), any(), eq(EditAction.SAVE), eq("bob"));

        String html = mvc.perform(form(post("/admin/articles/7"))
                        .param("version", "3")
                        .param("body", "Bob's words")
                        .param("action", "save"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Someone else saved this article",
                        "Ada Whitlock saved it on",
                        "Bob&#39;s words</textarea>",
                        "name=\"version\" value=\"4\"",
                        "/admin/articles/7/revisions");
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void aTakenSlugIsShownOnTheSlugField() throws Exception {
        willThrow(TestConflicts.field("slug", "article.slug.taken"))
                .given(editor)
                .update(anyLong(), anyLong(), any(), any(), anyString());

        String html = mvc.perform(
                        form(post("/admin/articles/7")).param("version", "3").param("slug", "budget-2"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Another article uses or used this slug");
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void editorsCannotDeletePermanentlyButAdminsCan() throws Exception {
        mvc.perform(post("/admin/articles/7/delete").with(csrf())).andExpect(status().isForbidden());
        then(editor).should(never()).delete(anyLong(), anyString());
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void adminsDeletePermanently() throws Exception {
        mvc.perform(post("/admin/articles/7/delete").with(csrf()))
                .andExpect(redirectedUrl("/admin/articles?status=trash"));
        then(editor).should().delete(7L, "root");
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void trashAndRestoreRedirectWithNotices() throws Exception {
        mvc.perform(post("/admin/articles/7/trash").with(csrf()))
                .andExpect(flash().attribute("notice", "article.trashed"));
        mvc.perform(post("/admin/articles/7/restore").with(csrf())).andExpect(redirectedUrl("/admin/articles/7/edit"));
        then(editor).should().trash(7L, "ada");
        then(editor).should().restoreFromTrash(7L, "ada");
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void editorShowsLabelSuggestionsAndTheSavedState() throws Exception {
        given(admin.list(any(), any(), anyInt(), any())).willReturn(new PageView<>(List.of(), 1, 1));

        String html = mvc.perform(get("/admin/articles/7/edit"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "data-label-suggestion=\"Sport\"",
                        "Last saved by Ada Whitlock",
                        "name=\"version\" value=\"3\"",
                        "Move to trash",
                        "name=\"_csrf\"");
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void publishingAFeaturedImageWithoutAltShowsTheMessageOnTheAltField() throws Exception {
        ArticleFieldException noAlt = org.mockito.Mockito.mock(ArticleFieldException.class);
        given(noAlt.field()).willReturn("featuredAlt");
        given(noAlt.messageCode()).willReturn("article.featured.altRequired");
        given(editor.create(any(), eq(EditAction.PUBLISH), eq("ada"))).willThrow(noAlt);

        mvc.perform(form(post("/admin/articles")).param("action", "publish").param("featuredId", "7"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Describe the featured image in its alt text")));

        ArgumentCaptor<ArticleDraft> draft = ArgumentCaptor.forClass(ArticleDraft.class);
        then(editor).should().create(draft.capture(), eq(EditAction.PUBLISH), eq("ada"));
        assertThat(draft.getValue().featured().mediaId()).isEqualTo(7L);
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void theEditorOffersTheLatestLibraryPicturesAsFeaturedImage() throws Exception {
        library.put(app.gazette.support.FakeMedia.picture(7, "harbour", 2400, 1600, "Boats"));

        mvc.perform(get("/admin/articles/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"featuredId\"")))
                .andExpect(content().string(containsString("value=\"7\"")))
                .andExpect(content().string(containsString("src=\"/media/harbour-320.jpg\"")))
                .andExpect(content().string(containsString("Alt text of the featured image")));
    }
}
