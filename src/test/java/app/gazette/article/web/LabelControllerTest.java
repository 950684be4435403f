package app.gazette.article.web;

import static app.gazette.support.Fixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.article.ArchiveYear;
import app.gazette.article.ArchiveYear.ArchiveMonth;
import app.gazette.article.ArticleService;
import app.gazette.article.Cursor;
import app.gazette.article.ListPosition;
import app.gazette.label.LabelCount;
import app.gazette.label.LabelService;
import app.gazette.label.LabelService.LabelRef;
import app.gazette.shared.ListPage;
import app.gazette.support.WebSliceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class LabelControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleService articles;

    @Autowired
    LabelService labels;

    @Test
    void labelPageListsItsArticles() throws Exception {
        given(labels.find("world news")).willReturn(Optional.of(new LabelRef(4, "World News")));
        Cursor cursor = new Cursor(Instant.parse("2019-02-10T08:00:00Z"), 9);
        given(articles.withLabel(eq(4L), eq(ListPosition.before(cursor)), anyInt()))
                .willReturn(new ListPage<>(
                        List.of(summary(1, "Mutiny", LocalDate.of(2019, 2, 9), 0)), "2019-02-09T10:00:00Z_1", null));

        String html = mvc.perform(get("/label/world news").param("before", cursor.token()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "Posts with the label World News",
                        "Mutiny",
                        "href=\"/label/World%20News?after=2019-02-09T10:00:00Z_1\"");
    }

    @Test
    void bloggersLabelAddressMovedPermanentlyToGazettes() throws Exception {
        given(labels.find("world news")).willReturn(Optional.of(new LabelRef(4, "World News")));

        mvc.perform(get("/search/label/world news"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/label/World%20News"));
        mvc.perform(get("/search/label/nothing")).andExpect(status().isNotFound());
    }

    @Test
    void unknownLabelIs404() throws Exception {
        given(labels.find(anyString())).willReturn(Optional.empty());

        mvc.perform(get("/label/nothing")).andExpect(status().isNotFound());
    }

    @Test
    void sidebarShowsLabelCountsAndTheArchiveWidget() throws Exception {
        given(labels.find("sport")).willReturn(Optional.of(new LabelRef(1, "Sport")));
        given(articles.withLabel(eq(1L), eq(ListPosition.NEWEST), anyInt()))
                .willReturn(new ListPage<>(List.of(), null, null));
        given(articles.labelCounts()).willReturn(List.of(new LabelCount("Sport", "/label/Sport", 3)));
        given(articles.archive())
                .willReturn(List.of(
                        new ArchiveYear(2019, "/2019", 4, List.of(new ArchiveMonth("February 2019", "/2019/02", 4)))));

        String html = mvc.perform(get("/label/sport")).andReturn().getResponse().getContentAsString();

        assertThat(html)
                .contains(
                        "href=\"/label/Sport\">Sport</a>",
                        "(3)",
                        "<details open=\"open\">",
                        "<summary><span>2019</span>",
                        "href=\"/2019\">Posts from 2019</a>",
                        "href=\"/2019/02\">February 2019</a>",
                        "(4)");
    }
}
