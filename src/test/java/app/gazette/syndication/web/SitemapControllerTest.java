package app.gazette.syndication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.article.ArticleService;
import app.gazette.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The sitemap routes at the real limit of 50,000 URLs, with a site of 120,000 articles. */
@WebSliceTest
class SitemapControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleService articles;

    @Test
    void bigSiteGetsAnIndexOfThreeParts() throws Exception {
        given(articles.visibleCount()).willReturn(120_000L);

        String index = mvc.perform(get("/sitemap.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/xml;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(index)
                .contains(
                        "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
                        "<loc>http://localhost/sitemap-3.xml</loc>")
                .doesNotContain("sitemap-4.xml");
    }

    @Test
    void eachPartAsksForItsOwnArticles() throws Exception {
        given(articles.visibleCount()).willReturn(120_000L);

        mvc.perform(get("/sitemap-2.xml")).andExpect(status().isOk());

        verify(articles).visibleLocations(eq(49_999L), eq(50_000L), any());
    }

    @Test
    void partsPastTheLastAre404() throws Exception {
        given(articles.visibleCount()).willReturn(120_000L);

        mvc.perform(get("/sitemap-4.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/sitemap-0.xml")).andExpect(status().isNotFound());
    }
}
