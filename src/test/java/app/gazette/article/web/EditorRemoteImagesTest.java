package app.gazette.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.MarkdownRenderer;
import app.gazette.support.FakeMedia;
import app.gazette.support.WebSliceTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The editor warns when the preview shows pictures from other sites, which the CSP keeps readers from loading. */
@WebSliceTest
@WithMockUser(username = "ada", roles = "EDITOR")
class EditorRemoteImagesTest {

    static final String REMOTE = "![Harbour](https://example.org/harbour.jpg)";
    static final String OURS = "![Harbour](/media/harbour-960.jpg)";

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    FakeMedia.Library library;

    @BeforeEach
    void renderForReal() {
        library.put(FakeMedia.picture(41, "harbour", 2400, 1600, "Harbour"));
        MarkdownRenderer renderer = new MarkdownRenderer(library);
        given(admin.labelNames()).willReturn(List.of());
        given(admin.preview(anyString())).willAnswer(call -> renderer.render(call.getArgument(0)));
    }

    @Test
    void livePreviewCountsPicturesFromOtherSites() throws Exception {
        mvc.perform(post("/admin/preview").with(csrf()).param("markdown", REMOTE + "\n\n" + OURS))
                .andExpect(status().isOk())
                .andExpect(header().string("Gazette-Remote-Images", "1"));
        mvc.perform(post("/admin/preview").with(csrf()).param("markdown", OURS))
                .andExpect(header().string("Gazette-Remote-Images", "0"));
    }

    @Test
    void previewButtonShowsTheWarningNextToThePreview() throws Exception {
        Element warning = previewPage(REMOTE).getElementById("preview-remote");

        assertThat(warning.hasAttr("hidden")).isFalse();
        assertThat(warning.text()).contains("on another site").contains("Add it to the library");
        assertThat(warning.nextElementSibling().id()).isEqualTo("preview");
        assertThat(warning.attr("data-bring-in-url")).isEqualTo("/admin/media/bring-in");
        assertThat(warning.select("button").text()).isEqualTo("Copy into the library");
    }

    @Test
    void libraryPicturesNeedNoWarning() throws Exception {
        assertThat(previewPage(OURS).getElementById("preview-remote").hasAttr("hidden"))
                .isTrue();
        assertThat(previewPage("No pictures.").getElementById("preview-remote").hasAttr("hidden"))
                .isTrue();
    }

    private org.jsoup.nodes.Document previewPage(String markdown) throws Exception {
        String html = mvc.perform(post("/admin/articles")
                        .with(csrf())
                        .param("title", "Harbour")
                        .param("body", markdown)
                        .param("action", "preview"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
