package app.gazette.comment.web;

import static app.gazette.support.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.article.ArticleService;
import app.gazette.article.ArticleService.Neighbours;
import app.gazette.comment.CommentFormSigner;
import app.gazette.comment.CommentRefusedException;
import app.gazette.comment.CommentService;
import app.gazette.comment.CommentStatus;
import app.gazette.comment.FormStamp;
import app.gazette.comment.NewComment;
import app.gazette.support.MutableClock;
import app.gazette.support.WebSliceClock;
import app.gazette.support.WebSliceTest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The comment form's defences as readers meet them: 429, 409, the honeypot and the signed render time. */
@WebSliceTest
class CommentDefencesControllerTest {

    static final String URL = "/2019/02/venezuela/comments";

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleService articles;

    @Autowired
    CommentService comments;

    @Autowired
    CommentFormSigner signer;

    @Autowired
    MutableClock clock;

    FormStamp stamp;

    @BeforeEach
    void visibleArticleAndAFormRenderedAMinuteAgo() {
        given(articles.findVisible("venezuela")).willReturn(Optional.of(article(7, "venezuela", "Mutiny")));
        given(articles.neighbours(any())).willReturn(new Neighbours(null, null));
        stamp = signer.stamp();
        clock.advance(Duration.ofMinutes(1));
    }

    MockHttpServletRequestBuilder comment(String body) {
        return comment("Ann", body, "", stamp.signature());
    }

    MockHttpServletRequestBuilder comment(String name, String body, String website, String signature) {
        return post(URL)
                .header("Origin", "http://localhost")
                .param("name", name)
                .param("email", "ann@example.org")
                .param("body", body)
                .param("website", website)
                .param("renderedAt", stamp.renderedAt())
                .param("signature", signature);
    }

    NewComment sent() {
        ArgumentCaptor<NewComment> sent = ArgumentCaptor.forClass(NewComment.class);
        then(comments).should().post(eq(7L), sent.capture());
        return sent.getValue();
    }

    @Test
    void theFormCarriesItsSignedRenderTimeAndAHoneypotPeopleAreToldToLeaveEmpty() throws Exception {
        FormStamp now = signer.stamp();

        String html = mvc.perform(get("/2019/02/venezuela"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "name=\"renderedAt\" value=\"" + now.renderedAt() + "\"",
                        "name=\"signature\" value=\"" + now.signature() + "\"",
                        "<div class=\"field trap\">",
                        "<label for=\"website\">Leave this field empty</label>",
                        "tabindex=\"-1\"",
                        "autocomplete=\"off\"");
        assertThat(html).doesNotContain("aria-hidden");
    }

    @Test
    void aSignedFormPassesItsRenderTimeToTheService() throws Exception {
        given(comments.post(eq(7L), any())).willReturn(CommentStatus.APPROVED);

        mvc.perform(comment("Hello")).andExpect(redirectedUrl("/2019/02/venezuela?comment=published#comments"));

        assertThat(sent().renderedAt()).isEqualTo(WebSliceClock.START);
        assertThat(sent().honeypotFilled()).isFalse();
    }

    @Test
    void aFilledHoneypotIsSentAsSuchAndTheReaderSeesTheHeldNotice() throws Exception {
        given(comments.post(eq(7L), any())).willReturn(CommentStatus.SPAM);

        mvc.perform(comment("Ann", "Buy now", "http://spam.example", stamp.signature()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/2019/02/venezuela?comment=held#comments"));

        assertThat(sent().honeypotFilled()).isTrue();
    }

    @Test
    void aForgedGarbledOrMissingSignatureIsSentWithoutRenderTimeNotAnErrorPage() throws Exception {
        given(comments.post(eq(7L), any())).willReturn(CommentStatus.SPAM);

        mvc.perform(comment("Ann", "Forged", "", "not-it"))
                .andExpect(redirectedUrl("/2019/02/venezuela?comment=held#comments"));
        mvc.perform(post(URL)
                        .header("Origin", "http://localhost")
                        .param("name", "A")
                        .param("body", "No stamp")
                        .param("renderedAt", "yesterday"))
                .andExpect(status().isFound());

        ArgumentCaptor<NewComment> sent = ArgumentCaptor.forClass(NewComment.class);
        then(comments).should(times(2)).post(eq(7L), sent.capture());
        assertThat(sent.getAllValues()).extracting(NewComment::renderedAt).containsOnlyNulls();
    }

    @Test
    void postingAgainTooSoonIs429WithAMessageAndTheTextKept() throws Exception {
        given(comments.post(eq(7L), any())).willThrow(CommentRefusedException.flood(Duration.ofSeconds(15)));

        String html = mvc.perform(comment("My <second> thought"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "15"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "You posted a comment a few seconds ago",
                        "My &lt;second&gt; thought</textarea>",
                        "value=\"ann@example.org\"",
                        "name=\"renderedAt\" value=\"" + stamp.renderedAt() + "\"",
                        "class=\"comment-form\"");
    }

    @Test
    void theSameCommentAgainIs409WithAMessageAndTheTextKept() throws Exception {
        given(comments.post(eq(7L), any())).willThrow(CommentRefusedException.duplicate());

        String html = mvc.perform(comment("Said it once"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("You have already posted this comment", "Said it once</textarea>");
    }

    @Test
    void correctingAFieldKeepsTheOriginalRenderTime() throws Exception {
        String html = mvc.perform(comment("", "Body", "", stamp.signature()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "name=\"renderedAt\" value=\"" + stamp.renderedAt() + "\"",
                        "name=\"signature\" value=\"" + stamp.signature() + "\"");
    }
}
