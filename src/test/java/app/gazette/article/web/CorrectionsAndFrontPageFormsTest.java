package app.gazette.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleAdmin.ArticleEdit;
import app.gazette.article.ArticleDraft;
import app.gazette.article.ArticleEditor;
import app.gazette.article.ArticlePolicy;
import app.gazette.article.ArticleState;
import app.gazette.article.ArticleStatus;
import app.gazette.article.EditAction;
import app.gazette.article.FrontPage;
import app.gazette.article.FrontPageChoice;
import app.gazette.article.NoteDraft;
import app.gazette.article.NoteKind;
import app.gazette.article.TestConflicts;
import app.gazette.shared.SiteFormats;
import app.gazette.support.WebSliceTest;
import app.gazette.user.Role;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The editor's correction or update note and the front-page form: refused input is shown again, with its message. */
@WebSliceTest
@WithMockUser(username = "ada", roles = "EDITOR")
class CorrectionsAndFrontPageFormsTest {

    static final ArticleEdit PUBLISHED = new ArticleEdit(
            7,
            3,
            "Budget",
            "budget",
            null,
            "Body",
            "Council",
            LocalDateTime.parse("2019-02-09T10:15"),
            true,
            ArticleState.PUBLISHED,
            "/2019/02/budget",
            "Ada Whitlock",
            "Saturday 9 February 2019, 10:15",
            null,
            "",
            "",
            "",
            ArticlePolicy.rights(Role.EDITOR, true, ArticleStatus.PUBLISHED),
            null);

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    ArticleEditor editor;

    @Autowired
    FrontPage frontPage;

    @Autowired
    SiteFormats formats;

    @BeforeEach
    void saved() {
        given(admin.edit(eq(7L), anyString())).willReturn(PUBLISHED);
        given(admin.labelNames()).willReturn(List.of());
    }

    static MockHttpServletRequestBuilder update(String kind, String note) {
        return post("/admin/articles/7")
                .with(csrf())
                .param("version", "3")
                .param("title", "Budget")
                .param("body", "The budget, corrected")
                .param("labels", "Council")
                .param("publishAt", "2019-02-09T10:15")
                .param("commentsOpen", "true")
                .param("noteKind", kind)
                .param("note", note)
                .param("action", "save");
    }

    @Test
    void aCorrectionGoesToTheEditorWithTheSave() throws Exception {
        mvc.perform(update("CORRECTION", "The council met on Tuesday, not Monday."))
                .andExpect(redirectedUrl("/admin/articles/7/edit"));

        ArgumentCaptor<ArticleDraft> draft = ArgumentCaptor.forClass(ArticleDraft.class);
        then(editor).should().update(eq(7L), eq(3L), draft.capture(), eq(EditAction.SAVE), eq("ada"));
        assertThat(draft.getValue().note())
                .isEqualTo(new NoteDraft(NoteKind.CORRECTION, "The council met on Tuesday, not Monday."));
    }

    @Test
    void aNoteOverFiveHundredCharactersIsRefusedWithEverythingTypedKept() throws Exception {
        String note = "Too long. ".repeat(51);

        String html = mvc.perform(update("CORRECTION", note))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("A note can be at most 500 characters.", note.strip(), "The budget, corrected")
                .containsPattern("value=\"CORRECTION\"[^>]*checked");
        then(editor).should(never()).update(anyLong(), anyLong(), any(), any(), anyString());
    }

    @Test
    void aMarkedNoteWithoutTextIsRefusedOnItsField() throws Exception {
        willThrow(TestConflicts.field("note", "article.note.required"))
                .given(editor)
                .update(eq(7L), eq(3L), any(), eq(EditAction.SAVE), eq("ada"));

        String html = mvc.perform(update("UPDATE", ""))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Write the note readers will see", "The budget, corrected")
                .containsPattern("value=\"UPDATE\"[^>]*checked");
    }

    @Test
    void anUnknownKindOfNoteIsRefused() throws Exception {
        mvc.perform(update("RETRACTION", "Gone."))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Choose correction, update or neither."));
        then(editor).should(never()).update(anyLong(), anyLong(), any(), any(), anyString());
    }

    @Test
    void theEditorOfAPublishedArticleOffersTheNoteAndTheFrontPageForm() throws Exception {
        given(frontPage.choiceOf(7)).willReturn(new FrontPageChoice(false, null, true));

        String html = mvc.perform(get("/admin/articles/7/edit"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Correction or update", "name=\"noteKind\"", "/admin/articles/7/front-page")
                .containsPattern("name=\"featured\"[^>]*checked");
    }

    @Test
    void markingTheLeadUntilATimeGoesToTheFrontPage() throws Exception {
        mvc.perform(post("/admin/articles/7/front-page")
                        .with(csrf())
                        .param("lead", "true")
                        .param("leadUntil", "2019-02-10T18:00")
                        .param("featured", "true"))
                .andExpect(redirectedUrl("/admin/articles/7/edit"));

        ZoneId zone = formats.zone();
        then(frontPage)
                .should()
                .mark(
                        7,
                        new FrontPageChoice(
                                true,
                                LocalDateTime.parse("2019-02-10T18:00")
                                        .atZone(zone)
                                        .toInstant(),
                                true));
    }

    @Test
    void aRefusedLeadTimeIsShownOnItsField() throws Exception {
        willThrow(TestConflicts.field("leadUntil", "frontPage.leadUntil.past"))
                .given(frontPage)
                .mark(eq(7L), any());

        mvc.perform(post("/admin/articles/7/front-page")
                        .with(csrf())
                        .param("lead", "true")
                        .param("leadUntil", "2001-01-01T00:00"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("The lead&#39;s end must be later than now", "2001-01-01T00:00"));
        mvc.perform(post("/admin/articles/7/front-page")
                        .with(csrf())
                        .param("lead", "true")
                        .param("leadUntil", "soon"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Enter a date and time, or leave it empty."));
    }
}
