package app.gazette.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.api.keys.ContentKeys;
import app.gazette.api.keys.IssuedKey;
import app.gazette.api.keys.KeyView;
import app.gazette.support.WebSliceTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class AdminIntegrationsControllerTest {

    static final String SECRET = "gz_abcdefghijklmnopqrstuvwxyz012345";

    @Autowired
    MockMvc mvc;

    @Autowired
    ContentKeys keys;

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminsSeeTheirKeysButNeverASecret() throws Exception {
        when(keys.list()).thenReturn(List.of(new KeyView(3, "iPhone app", "2345", Instant.EPOCH, Instant.EPOCH)));
        String html = page(mvc.perform(get("/admin/integrations")).andExpect(status().isOk()));
        assertThat(html)
                .contains(
                        "Content keys",
                        "iPhone app",
                        "…2345",
                        "http://localhost/api/v1",
                        "Regenerate the key of iPhone app")
                .doesNotContain("gz_");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aNewKeysSecretIsShownOnce() throws Exception {
        when(keys.create("Partner feed")).thenReturn(new IssuedKey(4, "Partner feed", SECRET));
        String html = page(mvc.perform(post("/admin/integrations")
                        .param("name", " Partner feed")
                        .with(csrf()))
                .andExpect(status().isOk()));
        assertThat(html).contains(SECRET, "not shown again");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aKeyNeedsAName() throws Exception {
        String html =
                page(mvc.perform(post("/admin/integrations").param("name", "  ").with(csrf()))
                        .andExpect(status().isBadRequest()));
        assertThat(html).contains("Please give the key a name.");
        verify(keys, never()).create(anyString());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void regeneratingShowsTheNewSecretAndRevokingGoesBackToTheList() throws Exception {
        when(keys.regenerate(4)).thenReturn(Optional.of(new IssuedKey(4, "Partner feed", SECRET)));
        assertThat(page(mvc.perform(post("/admin/integrations/4/regenerate").with(csrf()))
                        .andExpect(status().isOk())))
                .contains(SECRET);
        when(keys.revoke(4)).thenReturn(true);
        mvc.perform(post("/admin/integrations/4/revoke").with(csrf()))
                .andExpect(redirectedUrl("/admin/integrations"))
                .andExpect(flash().attribute("notice", "api.keys.revoked"));
        mvc.perform(post("/admin/integrations/5/revoke").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/integrations/5/regenerate").with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsMayNotManageKeys() throws Exception {
        mvc.perform(get("/admin/integrations"))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/admin/forbidden"));
        mvc.perform(post("/admin/integrations").param("name", "Mine").with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/integrations/4/revoke").with(csrf())).andExpect(status().isForbidden());
        verify(keys, never()).create(anyString());
        verify(keys, never()).revoke(anyLong());
    }

    private static String page(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
