package app.gazette.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleEditor;
import app.gazette.article.RevisionService;
import app.gazette.article.RevisionService.RevisionView;
import app.gazette.support.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
@WithMockUser(username = "ada", roles = "EDITOR")
class AdminRevisionControllerTest {

    static final RevisionView OLD = new RevisionView(
            11,
            7,
            "Old title",
            null,
            "Old *body*",
            "Sport",
            "Bob Lowe",
            "Friday 8 February 2019, 09:00",
            "<p>Old <em>body</em></p>",
            "submitted",
            null);

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    RevisionService revisions;

    @Autowired
    ArticleEditor editor;

    @BeforeEach
    void article() {
        given(admin.edit(eq(7L), anyString())).willReturn(AdminArticleControllerTest.SAVED);
    }

    @Test
    void listsRevisionsWithTimeAuthorAndTitle() throws Exception {
        given(revisions.list(7)).willReturn(List.of(OLD));

        String html = mvc.perform(get("/admin/articles/7/revisions"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Friday 8 February 2019, 09:00", "Bob Lowe", "Old title", "/admin/articles/7/revisions/11");
    }

    @Test
    void showsARevisionsMarkdownAndItsRendering() throws Exception {
        given(revisions.show(7, 11)).willReturn(OLD);

        String html = mvc.perform(get("/admin/articles/7/revisions/11"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Old *body*", "<p>Old <em>body</em></p>", "Restore this revision");
    }

    @Test
    void restoringRedirectsToTheEditorWithANotice() throws Exception {
        mvc.perform(post("/admin/articles/7/revisions/11/restore").with(csrf()))
                .andExpect(redirectedUrl("/admin/articles/7/edit"))
                .andExpect(flash().attribute("notice", "article.revisionRestored"));
        then(editor).should().restore(7, 11, "ada");
    }

    @Test
    void restoringWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/admin/articles/7/revisions/11/restore")).andExpect(status().isForbidden());
    }
}
