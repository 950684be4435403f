package app.gazette.media.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.media.MediaSize;
import app.gazette.media.MediaView;
import app.gazette.media.library.ArticleUse;
import app.gazette.media.library.MediaAdmin;
import app.gazette.media.library.MediaInUse;
import app.gazette.media.library.MediaItem;
import app.gazette.support.WebSliceTest;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The Media page: the grid with sizes and uses, the edit form's limits, and who may delete. */
@WebSliceTest
@WithMockUser(username = "ada", roles = "EDITOR")
class AdminMediaControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MediaAdmin admin;

    MediaItem item;

    @BeforeEach
    void onePicture() {
        MediaSize small = new MediaSize(320, 213, "/media/2026/12/abcdef012345-harbour-320.jpg", "image/jpeg", 1000);
        MediaSize master = new MediaSize(1200, 800, "/media/2026/12/abcdef012345-harbour-1200.jpg", "image/jpeg", 1000);
        MediaView view = new MediaView(
                7,
                "harbour.jpg",
                "Boats at dawn",
                "",
                "",
                1200,
                800,
                245_000,
                "image/jpeg",
                false,
                "Ada Whitlock",
                Instant.parse("2026-12-03T10:15:00Z"),
                master,
                List.of(small, master),
                List.of());
        item = new MediaItem(view, List.of(new ArticleUse(42, "Storm closes the harbour")));
        given(admin.items(any(), anyInt())).willReturn(List.of(item));
        given(admin.item(7)).willReturn(item);
    }

    @Test
    void theGridShowsEachPictureWithItsSizeUploaderAndUses() throws Exception {
        mvc.perform(get("/admin/media"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        Matchers.containsString(
                                                "src=\"/media/2026/12/abcdef012345-harbour-320.jpg\" width=\"320\" height=\"213\" alt=\"Boats at dawn\"")))
                .andExpect(content().string(Matchers.containsString("239.3 KB")))
                .andExpect(content().string(Matchers.containsString(" 800 px")))
                .andExpect(content().string(Matchers.containsString("Ada Whitlock")))
                .andExpect(content().string(Matchers.containsString("href=\"/admin/articles/42/edit\"")))
                .andExpect(content().string(Matchers.containsString("enctype=\"multipart/form-data\"")));
    }

    @Test
    void anAltTextOver250CharactersIsRefusedAndKept() throws Exception {
        String alt = "x".repeat(251);
        mvc.perform(post("/admin/media/7").with(csrf()).param("alt", alt).param("caption", "c"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString(alt)));
        verify(admin, never()).describe(eq(7L), any(), any());
    }

    @Test
    void editorsCannotDelete() throws Exception {
        mvc.perform(post("/admin/media/7/delete").with(csrf())).andExpect(status().isForbidden());
        verify(admin, never()).delete(7);
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aPictureInUseIsNotDeletedAndTheArticlesAreListed() throws Exception {
        willThrow(new MediaInUse(item.usedBy(), false)).given(admin).delete(7);
        mvc.perform(post("/admin/media/7/delete").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Storm closes the harbour")))
                .andExpect(content().string(Matchers.containsString("href=\"/admin/articles/42/edit\"")));
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void adminsDeleteAnUnusedPicture() throws Exception {
        mvc.perform(post("/admin/media/7/delete").with(csrf())).andExpect(redirectedUrl("/admin/media"));
        verify(admin).delete(7);
    }

    @Test
    @WithAnonymousUser
    void strangersAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/media")).andExpect(redirectedUrl("/login?continue=/admin/media"));
    }
}
