package app.gazette.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleAdmin.ArticleRow;
import app.gazette.article.ArticleAdmin.Counts;
import app.gazette.article.ArticleState;
import app.gazette.comment.CommentModeration;
import app.gazette.comment.CommentStatus;
import app.gazette.comment.ModeratedComment;
import app.gazette.support.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class DashboardControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleAdmin articles;

    @Autowired
    CommentModeration comments;

    @Test
    void anonymousVisitorsGoToTheLoginPageWhichAnswersThem() throws Exception {
        mvc.perform(get("/admin")).andExpect(redirectedUrl("/login"));

        String login = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(login).contains("Sign in", "name=\"username\"", "name=\"password\"", "name=\"_csrf\"");
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void dashboardCountsArticlesAndPendingCommentsAndLinksTheLatest() throws Exception {
        given(articles.counts("ada")).willReturn(new Counts(12, 2, 3, 1));
        given(articles.latestDrafts(5, "ada"))
                .willReturn(List.of(
                        new ArticleRow(7, "Budget draft", ArticleState.DRAFT, "", "Ada", 0, null, false, false)));
        given(comments.pendingCount()).willReturn(4L);
        given(comments.latest(5))
                .willReturn(List.of(new ModeratedComment(
                        3,
                        7,
                        "Budget",
                        "/2019/02/budget",
                        "Ann",
                        "ann@example.org",
                        "203.0.113.9",
                        "Saturday 9 February 2019, 10:15",
                        "2019-02-09T10:15:00Z",
                        "Well said",
                        CommentStatus.PENDING,
                        false)));

        String html = mvc.perform(get("/admin"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        ">12<",
                        ">2<",
                        ">3<",
                        ">4<",
                        "/admin/articles/7/edit",
                        "Budget draft",
                        "Ann",
                        "Well said",
                        "href=\"/2019/02/budget\"");
        assertThat(html).doesNotContain("/admin/users", "/admin/settings");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void adminsSeeUsersAndSettingsInTheNavigation() throws Exception {
        given(articles.counts("root")).willReturn(new Counts(0, 0, 0, 0));

        String html = mvc.perform(get("/admin")).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("href=\"/admin/users\"", "href=\"/admin/settings\"");
    }

    @Test
    @WithMockUser(username = "ada", roles = "EDITOR")
    void editorsOpeningAnAdminPageGetTheNewsroomForbiddenPage() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isForbidden()).andExpect(forwardedUrl("/admin/forbidden"));

        String page = mvc.perform(get("/admin/forbidden"))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Not allowed", "class=\"admin-bar\"");
    }
}
