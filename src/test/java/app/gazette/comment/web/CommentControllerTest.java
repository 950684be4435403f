package app.gazette.comment.web;

import static app.gazette.support.Fixtures.article;
import static app.gazette.support.Fixtures.closedArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.article.ArticleService;
import app.gazette.article.ArticleService.Neighbours;
import app.gazette.comment.CommentFormSigner;
import app.gazette.comment.CommentService;
import app.gazette.comment.CommentStatus;
import app.gazette.comment.CommentView;
import app.gazette.comment.FormStamp;
import app.gazette.comment.NewComment;
import app.gazette.support.WebSliceClock;
import app.gazette.support.WebSliceTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebSliceTest
class CommentControllerTest {

    static final String URL = "/2019/02/venezuela/comments";

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleService articles;

    @Autowired
    CommentService comments;

    @Autowired
    CommentFormSigner signer;

    @BeforeEach
    void visibleArticle() {
        given(articles.findVisible("venezuela")).willReturn(Optional.of(article(7, "venezuela", "Mutiny")));
        given(articles.neighbours(any())).willReturn(new Neighbours(null, null));
    }

    /** A post from this site, with the stamp of a form rendered at the clock's start. */
    MockHttpServletRequestBuilder sameSite() {
        FormStamp stamp = signer.stamp();
        return post(URL)
                .header("Origin", "http://localhost")
                .header("User-Agent", "JUnit")
                .param("renderedAt", stamp.renderedAt())
                .param("signature", stamp.signature())
                .with(request -> {
                    request.setRemoteAddr("203.0.113.9");
                    return request;
                });
    }

    @Test
    void validCommentIsStoredAndRedirectsWithTheHeldNotice() throws Exception {
        given(comments.post(eq(7L), any())).willReturn(CommentStatus.PENDING);

        MvcResult result = mvc.perform(sameSite()
                        .param("name", "Ann")
                        .param("email", "ann@example.org")
                        .param("body", "Line one\nline two"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/2019/02/venezuela?comment=held#comments"))
                .andReturn();

        ArgumentCaptor<NewComment> sent = ArgumentCaptor.forClass(NewComment.class);
        then(comments).should().post(eq(7L), sent.capture());
        assertThat(sent.getValue())
                .isEqualTo(new NewComment(
                        "Ann",
                        "ann@example.org",
                        "Line one\nline two",
                        "203.0.113.9",
                        "JUnit",
                        WebSliceClock.START,
                        false));
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void approvedCommentRedirectsWithThePublishedNotice() throws Exception {
        given(comments.post(eq(7L), any())).willReturn(CommentStatus.APPROVED);

        mvc.perform(sameSite().param("name", "Ann").param("body", "Hello"))
                .andExpect(redirectedUrl("/2019/02/venezuela?comment=published#comments"));
    }

    @Test
    void invalidCommentReRendersTheFormWithMessagesAndTheReadersText() throws Exception {
        String html = mvc.perform(sameSite()
                        .param("name", "")
                        .param("email", "not-an-email")
                        .param("body", "Keep <this> text"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Please give your name.",
                        "This does not look like an email address.",
                        "value=\"not-an-email\"",
                        "Keep &lt;this&gt; text</textarea>",
                        "Post a Comment");
        then(comments).should(never()).post(anyLong(), any());
    }

    @Test
    void tooLongFieldsAreRefusedWithAMessage() throws Exception {
        String html = mvc.perform(sameSite().param("name", "n".repeat(101)).param("body", "b".repeat(10_001)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("at most 100 characters", "at most 10,000 characters");
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksInTheCommentAreKept() throws Exception {
        String html = mvc.perform(sameSite()
                        .param("name", "Ann\r\nBcc: x")
                        .param("email", "a@example.org\u0000")
                        .param("body", "nul\u0000byte"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("invisible control characters");
        assertThat(html.split("invisible control characters", -1)).hasSize(4);
        then(comments).should(never()).post(anyLong(), any());

        given(comments.post(eq(7L), any())).willReturn(CommentStatus.APPROVED);
        mvc.perform(sameSite().param("name", "Ann").param("body", "one\r\ntwo\n\tthree"))
                .andExpect(status().isFound());
    }

    @Test
    void commentFromAnotherSiteIsForbidden() throws Exception {
        mvc.perform(post(URL)
                        .header("Origin", "https://evil.example")
                        .param("name", "A")
                        .param("body", "B"))
                .andExpect(status().isForbidden());
        mvc.perform(post(URL)
                        .header("Referer", "https://evil.example/page")
                        .param("name", "A")
                        .param("body", "B"))
                .andExpect(status().isForbidden());
        mvc.perform(post(URL).param("name", "A").param("body", "B")).andExpect(status().isForbidden());
        then(comments).should(never()).post(anyLong(), any());
    }

    @Test
    void refererOfThisSiteIsAcceptedWhenOriginIsMissing() throws Exception {
        given(comments.post(eq(7L), any())).willReturn(CommentStatus.APPROVED);

        mvc.perform(post(URL)
                        .header("Referer", "http://localhost/2019/02/venezuela")
                        .param("name", "A")
                        .param("body", "B"))
                .andExpect(status().isFound());
    }

    @Test
    void commentOnAnInvisibleArticleIs404() throws Exception {
        given(articles.findVisible("draft")).willReturn(Optional.empty());

        mvc.perform(post("/2019/02/draft/comments")
                        .header("Origin", "http://localhost")
                        .param("name", "A")
                        .param("body", "B"))
                .andExpect(status().isNotFound());
    }

    @Test
    void otherWritesAreClosedToReaders() throws Exception {
        mvc.perform(post("/").header("Origin", "http://localhost")).andExpect(status().isForbidden());
        mvc.perform(post("/admin").header("Origin", "http://localhost")).andExpect(status().isForbidden());
    }

    @Test
    void closedArticleRefusesACommentWith409AndStoresNothing() throws Exception {
        given(articles.findVisible("venezuela")).willReturn(Optional.of(closedArticle(7, "venezuela", "Mutiny")));

        String html = mvc.perform(sameSite().param("name", "Ann").param("body", "Too late"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Comments are closed.", "Mutiny", "Too late</textarea>", "was not posted")
                .doesNotContain("class=\"comment-form\"");
        then(comments).should(never()).post(anyLong(), any());
    }

    @Test
    void closedArticleKeepsItsCommentsVisibleButHasNoForm() throws Exception {
        given(articles.findVisible("venezuela")).willReturn(Optional.of(closedArticle(7, "venezuela", "Mutiny")));
        given(comments.approved(7))
                .willReturn(List.of(new CommentView(
                        1, "Ann", "Saturday 9 February 2019, 11:00", "2019-02-09T11:00:00Z", "<p>Earlier</p>", false)));

        String html = mvc.perform(get("/2019/02/venezuela"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("1 comment:", "Earlier", "Comments are closed.")
                .doesNotContain("Post a Comment", "class=\"comment-form\"");
    }

    @Test
    void openArticleHasTheFormAndStaffCommentsCarryTheBadge() throws Exception {
        given(comments.approved(7))
                .willReturn(List.of(
                        new CommentView(
                                1,
                                "Ann",
                                "Saturday 9 February 2019, 11:00",
                                "2019-02-09T11:00:00Z",
                                "<p>Q?</p>",
                                false),
                        new CommentView(
                                2,
                                "Eve Editor",
                                "Saturday 9 February 2019, 12:00",
                                "2019-02-09T12:00:00Z",
                                "<p>A.</p>",
                                true)));

        String html = mvc.perform(get("/2019/02/venezuela"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Post a Comment").doesNotContain("Comments are closed.");
        assertThat(html).containsOnlyOnce("<span class=\"staff\">Staff</span>");
        assertThat(html.indexOf("Eve Editor")).isLessThan(html.indexOf("<span class=\"staff\">Staff</span>"));
    }
}
