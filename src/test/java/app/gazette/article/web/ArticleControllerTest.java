package app.gazette.article.web;

import static app.gazette.support.Fixtures.article;
import static app.gazette.support.Fixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.article.ArticleLink;
import app.gazette.article.ArticleService;
import app.gazette.article.ArticleService.Neighbours;
import app.gazette.article.ListPosition;
import app.gazette.comment.CommentService;
import app.gazette.comment.CommentView;
import app.gazette.shared.ListPage;
import app.gazette.support.WebSliceTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebSliceTest
class ArticleControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleService articles;

    @Autowired
    CommentService comments;

    @BeforeEach
    void neighbours() {
        given(articles.neighbours(any())).willReturn(new Neighbours(null, null));
    }

    @Test
    void homePageGroupsEntriesUnderOneDateHeaderPerDay() throws Exception {
        LocalDate saturday = LocalDate.of(2019, 2, 9);
        given(articles.newest(eq(ListPosition.NEWEST), anyInt()))
                .willReturn(new ListPage<>(
                        List.of(
                                summary(3, "Third", saturday, 0),
                                summary(2, "Second", saturday, 1),
                                summary(1, "First", saturday.minusDays(1), 5)),
                        null,
                        "2019-02-08T10:00:00Z_1"));

        String html = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).containsOnlyOnce("Saturday 9 February 2019").containsOnlyOnce("Friday 8 February 2019");
        assertThat(html.indexOf("Saturday 9 February 2019")).isLessThan(html.indexOf("Third"));
        assertThat(html)
                .contains(
                        "No comments",
                        "1 comment",
                        "5 comments",
                        "Older posts",
                        "href=\"/?before=2019-02-08T10:00:00Z_1\"")
                .doesNotContain("Newer posts");
    }

    @Test
    void middlePageLinksBothWaysByCursor() throws Exception {
        given(articles.newest(eq(ListPosition.page(2)), anyInt()))
                .willReturn(new ListPage<>(
                        List.of(summary(1, "First", LocalDate.of(2019, 2, 9), 0)),
                        "2019-02-09T10:00:00Z_1",
                        "2019-02-09T10:00:00Z_1"));

        mvc.perform(get("/").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("href=\"/?after=2019-02-09T10:00:00Z_1\""),
                                org.hamcrest.Matchers.containsString("href=\"/?before=2019-02-09T10:00:00Z_1\""))));
        mvc.perform(get("/").param("before", "yesterday_1")).andExpect(status().isBadRequest());
        mvc.perform(get("/").param("after", "2019-02-09T10:00:00Z_x")).andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "99999999999999", "%00"})
    void unreadablePageNumberIsABadRequestPage(String page) throws Exception {
        mvc.perform(get("/").param("page", page)).andExpect(status().isBadRequest());
    }

    @Test
    void articlePageShowsBodyLabelsAndBloggerCommentCount() throws Exception {
        given(articles.findVisible("venezuela")).willReturn(Optional.of(article(7, "venezuela", "Mutiny")));
        given(articles.neighbours(argThat(article -> article.id() == 7)))
                .willReturn(new Neighbours(new ArticleLink("Later", "/2019/03/later"), null));

        MvcResult result = mvc.perform(get("/2019/02/venezuela"))
                .andExpect(status().isOk())
                .andReturn();

        String html = result.getResponse().getContentAsString();
        assertThat(html)
                .contains(
                        "Saturday 9 February 2019",
                        "<h1 class=\"post-title\">Mutiny</h1>",
                        "<p>Body of <em>Mutiny</em></p>",
                        "href=\"/label/World%20News\"",
                        "No comments:",
                        "Post a Comment",
                        "href=\"/2019/03/later\"",
                        "action=\"/2019/02/venezuela/comments\"");
        assertThat(html).doesNotContain("_csrf");
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void commentsShowOldestFirstWithEscapedNamesAndTheirRenderedBodyWithTheirCount() throws Exception {
        given(articles.findVisible("venezuela")).willReturn(Optional.of(article(7, "venezuela", "Mutiny")));
        given(comments.approved(7))
                .willReturn(List.of(
                        new CommentView(
                                1,
                                "Ann",
                                "Saturday 9 February 2019, 11:00",
                                "2019-02-09T11:00:00Z",
                                "<p>first</p>",
                                false),
                        new CommentView(
                                2,
                                "<b>Bob</b>",
                                "Saturday 9 February 2019, 12:00",
                                "2019-02-09T12:00:00Z",
                                "<p>&lt;script&gt;alert(1)&lt;/script&gt;<br>line two</p>",
                                false)));

        String html =
                mvc.perform(get("/2019/02/venezuela")).andReturn().getResponse().getContentAsString();

        assertThat(html)
                .contains(
                        "2 comments:",
                        "&lt;b&gt;Bob&lt;/b&gt;",
                        "<div class=\"comment-body\"><p>&lt;script&gt;alert(1)&lt;/script&gt;<br>line two</p></div>")
                .doesNotContain("<script>");
        assertThat(html.indexOf("Ann")).isLessThan(html.indexOf("&lt;b&gt;Bob"));
    }

    @Test
    void heldCommentNoticeIsShownAfterRedirect() throws Exception {
        given(articles.findVisible("venezuela")).willReturn(Optional.of(article(7, "venezuela", "Mutiny")));

        mvc.perform(get("/2019/02/venezuela").param("comment", "held"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Your comment will be visible after approval")));
    }

    @Test
    void bloggerHtmlFormAndStaleMonthRedirectPermanentlyToThePermalink() throws Exception {
        given(articles.findVisible("venezuela")).willReturn(Optional.of(article(7, "venezuela", "Mutiny")));

        mvc.perform(get("/2019/02/venezuela.html"))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/2019/02/venezuela"));
        mvc.perform(get("/2018/12/venezuela"))
                .andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/2019/02/venezuela"));
    }

    @Test
    void unknownOrInvisibleArticleIsA404Page() throws Exception {
        given(articles.findVisible("draft")).willReturn(Optional.empty());

        mvc.perform(get("/2019/02/draft")).andExpect(status().isNotFound());
    }

    @Test
    void monthArchiveListsThatMonthAndUnknownMonthsAre404() throws Exception {
        given(articles.inMonth(eq(YearMonth.of(2019, 2)), eq(ListPosition.NEWEST), anyInt()))
                .willReturn(new ListPage<>(List.of(summary(1, "First", LocalDate.of(2019, 2, 9), 0)), null, null));
        given(articles.inMonth(eq(YearMonth.of(2019, 3)), eq(ListPosition.NEWEST), anyInt()))
                .willReturn(new ListPage<>(List.of(), null, null));

        mvc.perform(get("/2019/02"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Posts from February 2019")));
        mvc.perform(get("/2019/03")).andExpect(status().isNotFound());
        mvc.perform(get("/2019/13")).andExpect(status().isNotFound());
    }

    @Test
    void yearArchiveListsThatYear() throws Exception {
        given(articles.inYear(eq(2019), eq(ListPosition.NEWEST), anyInt()))
                .willReturn(new ListPage<>(List.of(summary(1, "First", LocalDate.of(2019, 2, 9), 0)), null, null));
        given(articles.inYear(eq(1999), eq(ListPosition.NEWEST), anyInt()))
                .willReturn(new ListPage<>(List.of(), null, null));

        mvc.perform(get("/2019"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Posts from 2019")));
        mvc.perform(get("/1999")).andExpect(status().isNotFound());
    }

    @Test
    void readerPagesSetNoSessionCookie() throws Exception {
        given(articles.newest(any(), anyInt())).willReturn(new ListPage<>(List.of(), null, null));

        MvcResult result = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }
}
