package app.gazette.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.search.SearchQuery;
import app.gazette.search.SearchResult;
import app.gazette.search.SearchResults;
import app.gazette.search.SearchService;
import app.gazette.shared.LabelLink;
import app.gazette.shared.PageView;
import app.gazette.support.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class SearchControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchService search;

    static SearchResults one(String query, int page, int totalPages) {
        SearchResult result = new SearchResult(
                7,
                "Harbour <reopens>",
                "/2019/02/harbour",
                "Friday 1 February 2019",
                "2019-02-01T10:00:00Z",
                "ships &amp; <mark>harbour</mark>",
                List.of(LabelLink.of("Sea & Ships")),
                null);
        return new SearchResults(query, new PageView<>(List.of(result), page, totalPages), 21);
    }

    @Test
    void resultsShowTitleLinkDateEscapedSnippetAndLabels() throws Exception {
        given(search.search(eq(SearchQuery.of("harbour")), eq(1), anyInt())).willReturn(one("harbour", 1, 1));

        String html = page("/search?q=harbour");

        assertThat(html)
                .contains(
                        "Search results for \u201charbour\u201d",
                        "21 articles found.",
                        "<a href=\"/2019/02/harbour\">Harbour &lt;reopens&gt;</a>",
                        "Friday 1 February 2019",
                        "ships &amp; <mark>harbour</mark>",
                        "href=\"/label/Sea%20&amp;%20Ships\"")
                .doesNotContain("<reopens>");
    }

    @Test
    void queryIsKeptEscapedInTheSearchBox() throws Exception {
        String query = "\"><script>alert(1)</script>";
        given(search.search(eq(SearchQuery.of(query)), eq(1), anyInt())).willReturn(one(query, 1, 1));

        String html = mvc.perform(get("/search").param("q", query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .doesNotContain("<script");
    }

    @Test
    void queryLongerThan200CharactersIsCut() throws Exception {
        String cut = "a".repeat(200);
        given(search.search(any(), anyInt(), anyInt())).willReturn(one(cut, 1, 1));

        String html = mvc.perform(get("/search").param("q", cut + "bbbbb"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        verify(search).search(eq(new SearchQuery(cut)), eq(1), anyInt());
        assertThat(html).contains("value=\"" + cut + "\"").doesNotContain(cut + "b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \t ", "\u0000", "\r\n"})
    void emptyQueryAsksForOneAndRunsNothing(String query) throws Exception {
        String html = mvc.perform(get("/search").param("q", query).param("page", "3"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Type a word or two in the search box to find articles.")
                .doesNotContain("articles found");
        verifyNoInteractions(search);
    }

    @Test
    void pageParameterIsPassedOnAndPagerLinksKeepTheQuery() throws Exception {
        given(search.search(eq(SearchQuery.of("vote & count")), eq(3), anyInt()))
                .willReturn(one("vote & count", 3, 5));

        String html = mvc.perform(get("/search").param("q", "vote & count").param("page", "3"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "href=\"/search?q=vote%20%26%20count&amp;page=2\"",
                        "href=\"/search?q=vote%20%26%20count&amp;page=4\"", "Previous results", "More results");
    }

    @Test
    void secondPageLinksBackToThePlainQuery() throws Exception {
        given(search.search(eq(SearchQuery.of("vote")), eq(2), anyInt())).willReturn(one("vote", 2, 2));

        assertThat(page("/search?q=vote&page=2"))
                .contains("href=\"/search?q=vote\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void unreadablePageNumberIsABadRequest() throws Exception {
        mvc.perform(get("/search").param("q", "vote").param("page", "abc")).andExpect(status().isBadRequest());
    }

    @Test
    void layoutHasALabelledSearchFormAndTheSidebar() throws Exception {
        String html = page("/search");

        assertThat(html)
                .contains(
                        "role=\"search\"",
                        "action=\"/search\"",
                        "<label for=\"search-q\"",
                        "id=\"search-q\"",
                        "name=\"q\"",
                        "class=\"sidebar\"");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
