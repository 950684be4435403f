package app.gazette.media.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.media.RemotePictures;
import app.gazette.media.RemotePictures.Failure;
import app.gazette.media.library.MediaAdmin;
import app.gazette.support.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The editor's "Copy into the library": the rewritten Markdown, a summary and each picture that stayed, in words. */
@WebSliceTest
@WithMockUser(username = "ada", roles = "EDITOR")
class RemotePicturesEndpointTest {

    static final String MARKDOWN = "![Boats](https://example.org/boats.jpg)\n\n![Map](https://example.org/map.svg)";

    @Autowired
    MockMvc mvc;

    @Autowired
    MediaAdmin admin;

    @Test
    void anEditorGetsTheMarkdownWithTheLibrarysCopiesAndWhyTheOthersStayed() throws Exception {
        given(admin.bringIn(MARKDOWN, "ada"))
                .willReturn(new RemotePictures.Result(
                        "![Boats](/media/2026/12/abcdef012345-boats-960.jpg)\n\n![Map](https://example.org/map.svg)",
                        1,
                        List.of(
                                new Failure("https://example.org/map.svg", "media.refused.type"),
                                new Failure("https://example.org/x.jpg", "media.fetch.unreachable"))));

        mvc.perform(post("/admin/media/bring-in").with(csrf()).param("markdown", MARKDOWN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.markdown")
                        .value(org.hamcrest.Matchers.startsWith("![Boats](/media/2026/12/abcdef012345-boats-960.jpg)")))
                .andExpect(jsonPath("$.message").value("One picture was copied into the library."))
                .andExpect(jsonPath("$.failures[0]")
                        .value(org.hamcrest.Matchers.startsWith(
                                "\u201chttps://example.org/map.svg\u201d is not a JPEG, PNG, GIF or WebP image.")))
                .andExpect(jsonPath("$.failures[1]").value("The picture\u2019s site could not be reached."));
    }

    @Test
    void anArticleTooLongForTheEditorIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/admin/media/bring-in").with(csrf()).param("markdown", "x".repeat(200_001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("The article is too long to look for pictures in."));
        then(admin).should(never()).bringIn(any(), any());
    }

    @Test
    void withoutTheFormTokenNothingIsFetched() throws Exception {
        mvc.perform(post("/admin/media/bring-in").param("markdown", MARKDOWN)).andExpect(status().isForbidden());
        then(admin).should(never()).bringIn(any(), any());
    }

    @Test
    @WithAnonymousUser
    void visitorsAreSentToSignIn() throws Exception {
        mvc.perform(post("/admin/media/bring-in").with(csrf()).param("markdown", MARKDOWN))
                .andExpect(status().is3xxRedirection());
        then(admin).should(never()).bringIn(any(), any());
    }
}
