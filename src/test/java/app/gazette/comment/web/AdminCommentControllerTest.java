package app.gazette.comment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.comment.CommentModeration;
import app.gazette.comment.CommentStatus;
import app.gazette.comment.CommentedArticle;
import app.gazette.comment.ModeratedComment;
import app.gazette.comment.ModerationAction;
import app.gazette.shared.PageView;
import app.gazette.support.WebSliceTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
@WithMockUser(username = "eve", roles = "EDITOR")
class AdminCommentControllerTest {

    static final String REPLY = "/admin/articles/7/comments/reply";
    static final ModeratedComment HELD = new ModeratedComment(
            5,
            7,
            "Mutiny",
            "/2019/02/mutiny",
            "Ann Reader",
            "ann@example.org",
            "203.0.113.9",
            "Saturday 9 February 2019, 10:15",
            "2019-02-09T10:15:00Z",
            "First <b>line</b>\nsecond line",
            CommentStatus.PENDING,
            false);

    @Autowired
    MockMvc mvc;

    @Autowired
    CommentModeration moderation;

    @BeforeEach
    void oneHeldComment() {
        given(moderation.list(any(), anyInt())).willReturn(new PageView<>(List.of(HELD), 1, 1));
        given(moderation.pendingCount()).willReturn(1L);
        given(moderation.article(7))
                .willReturn(Optional.of(new CommentedArticle(7, "Mutiny", "/2019/02/mutiny", true)));
        given(moderation.comment(5)).willReturn(Optional.of(HELD));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToTheSignInPage() throws Exception {
        mvc.perform(get("/admin/comments")).andExpect(redirectedUrl("/login?continue=/admin/comments"));
        mvc.perform(post("/admin/comments/moderate")
                        .with(csrf())
                        .param("ids", "5")
                        .param("action", "delete"))
                .andExpect(redirectedUrl("/login"));
        then(moderation).should(never()).moderate(any(), any(), any());
    }

    @Test
    @WithMockUser(
            username = "nobody",
            roles = {})
    void aSignedInUserWithoutANewsroomRoleIsRefused() throws Exception {
        mvc.perform(get("/admin/comments")).andExpect(status().isForbidden());
    }

    @Test
    void queueShowsEachPendingCommentWithItsArticleAndModerationDetails() throws Exception {
        String html = page("/admin/comments");

        assertThat(html)
                .contains(
                        "href=\"/2019/02/mutiny\">Mutiny</a>",
                        "Ann Reader",
                        "ann@example.org",
                        "203.0.113.9",
                        "Saturday 9 February 2019, 10:15",
                        "Pending (1)",
                        "First &lt;b&gt;line&lt;/b&gt;\nsecond line",
                        "name=\"ids\" value=\"5\"",
                        "value=\"approve\"",
                        "value=\"spam\"",
                        "value=\"delete\"",
                        "form=\"row-5\"",
                        "name=\"_csrf\"",
                        "/admin/articles/7/comments/reply?parent=5");
        then(moderation).should().list(CommentStatus.PENDING, 1);
    }

    @Test
    void spamListOffersApproveAndDeleteButNotSpam() throws Exception {
        String html = page("/admin/comments?status=spam&page=3");

        assertThat(html)
                .contains("name=\"action\" value=\"approve\"", "name=\"action\" value=\"delete\"")
                .doesNotContain("name=\"action\" value=\"spam\"");
        then(moderation).should().list(CommentStatus.SPAM, 3);
    }

    @Test
    void anUnknownListIsNotFound() throws Exception {
        mvc.perform(get("/admin/comments?status=deleted")).andExpect(status().isNotFound());
    }

    @Test
    void moderatingWithoutTheFormTokenIsForbidden() throws Exception {
        mvc.perform(post("/admin/comments/moderate").param("ids", "5").param("action", "approve"))
                .andExpect(status().isForbidden());
        then(moderation).should(never()).moderate(any(), any(), any());
    }

    @Test
    void approvingCheckedCommentsRedirectsBackWithANotice() throws Exception {
        given(moderation.moderate(ModerationAction.APPROVE, List.of(5L, 9L), "eve"))
                .willReturn(2);

        mvc.perform(post("/admin/comments/moderate")
                        .with(csrf())
                        .param("ids", "5", "9", "5")
                        .param("action", "approve")
                        .param("status", "pending")
                        .param("page", "2"))
                .andExpect(redirectedUrl("/admin/comments?status=pending&page=2"))
                .andExpect(flash().attribute("notice", new Notice("admin.comments.done.approve", 2, null, null)));
        then(moderation).should().moderate(ModerationAction.APPROVE, List.of(5L, 9L), "eve");
    }

    @Test
    void pressingAButtonWithNothingCheckedOnlySaysSo() throws Exception {
        mvc.perform(post("/admin/comments/moderate")
                        .with(csrf())
                        .param("action", "delete")
                        .param("status", "spam"))
                .andExpect(redirectedUrl("/admin/comments?status=spam&page=1"))
                .andExpect(flash().attribute("notice", Notice.of("admin.comments.noneSelected")));
        then(moderation).should(never()).moderate(any(), any(), any());
    }

    @Test
    void anUnknownActionIsABadRequest() throws Exception {
        mvc.perform(post("/admin/comments/moderate")
                        .with(csrf())
                        .param("ids", "5")
                        .param("action", "publish"))
                .andExpect(status().isBadRequest());
        then(moderation).should(never()).moderate(any(), any(), any());
    }

    @Test
    void theNoticeOfTheLastActionIsShown() throws Exception {
        String html = mvc.perform(get("/admin/comments")
                        .flashAttr("notice", new Notice("admin.comments.done.spam", 3, null, null)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("3 comments marked as spam.");
    }

    @Test
    void replyPageShowsTheCommentAnsweredAndTheCloseButton() throws Exception {
        String html = page(REPLY + "?parent=5&returnTo=/admin/comments?status=pending");

        assertThat(html)
                .contains(
                        "Reply on \u201cMutiny\u201d",
                        "In reply to Ann Reader",
                        "Publish reply",
                        "action=\"/admin/articles/7/comments/close\"",
                        "value=\"/admin/comments?status=pending\"");
    }

    @Test
    void replyingToACommentOfAnotherArticleIsNotFound() throws Exception {
        given(moderation.article(8)).willReturn(Optional.of(new CommentedArticle(8, "Other", null, true)));

        mvc.perform(get("/admin/articles/8/comments/reply?parent=5")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/articles/99/comments/reply")).andExpect(status().isNotFound());
    }

    @Test
    void anEmptyReplyIsRefusedWithAMessageAndNothingIsStored() throws Exception {
        String html = mvc.perform(post(REPLY).with(csrf()).param("parent", "5").param("body", "  \n"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Please write a reply.", "In reply to Ann Reader");
        then(moderation).should(never()).reply(anyLong(), any(), anyString(), anyString());
    }

    @Test
    void aRefusedReplyKeepsWhatTheEditorWrote() throws Exception {
        String html = mvc.perform(post(REPLY).with(csrf()).param("body", "Keep <this>\u0007"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("invisible control characters", "Keep &lt;this&gt;");
    }

    @Test
    void replyIsStoredUnderTheSignedInUserAndLinksToItOnTheArticle() throws Exception {
        given(moderation.reply(7, 5L, "eve", "Thanks,\nfixed.")).willReturn(Optional.of(42L));

        mvc.perform(post(REPLY)
                        .with(csrf())
                        .param("parent", "5")
                        .param("body", "Thanks,\nfixed.")
                        .param("returnTo", "/admin/comments?status=pending&page=2"))
                .andExpect(redirectedUrl("/admin/comments?status=pending&page=2"))
                .andExpect(flash().attribute(
                                "notice", new Notice("admin.comments.reply.done", 1, "Mutiny", "/2019/02/mutiny#c42")));
    }

    @Test
    void closingCommentsGoesBackToTheNewsroomPageItCameFrom() throws Exception {
        given(moderation.setCommentsOpen(7, false, "eve"))
                .willReturn(Optional.of(new CommentedArticle(7, "Mutiny", "/2019/02/mutiny", false)));

        mvc.perform(post("/admin/articles/7/comments/close").with(csrf()).param("returnTo", "/admin/articles/7"))
                .andExpect(redirectedUrl("/admin/articles/7"))
                .andExpect(flash().attribute("notice", new Notice("admin.comments.done.close", 1, "Mutiny", null)));
        then(moderation).should().setCommentsOpen(7, false, "eve");
    }

    @Test
    void aReturnAddressOutsideTheNewsroomIsReplacedByTheCommentList() throws Exception {
        given(moderation.setCommentsOpen(7, true, "eve"))
                .willReturn(Optional.of(new CommentedArticle(7, "Mutiny", "/2019/02/mutiny", true)));

        for (String elsewhere : List.of("https://evil.example/admin/", "//evil.example", "/admin/\r\nX: y", "/")) {
            mvc.perform(post("/admin/articles/7/comments/open").with(csrf()).param("returnTo", elsewhere))
                    .andExpect(redirectedUrl("/admin/comments"));
        }
    }

    @Test
    void closingAnUnknownArticleIsNotFound() throws Exception {
        mvc.perform(post("/admin/articles/99/comments/close").with(csrf())).andExpect(status().isNotFound());
        then(moderation).should().setCommentsOpen(99, false, "eve");
    }
}
