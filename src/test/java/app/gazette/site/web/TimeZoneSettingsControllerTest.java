package app.gazette.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.site.SettingsConflictException;
import app.gazette.site.SettingsService;
import app.gazette.support.WebSliceTest;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The site's time zone on the settings page (the import page's offer posts here too): admins only. */
@WebSliceTest
class TimeZoneSettingsControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SettingsService settings;

    @Test
    @WithMockUser(roles = "ADMIN")
    void theSettingsPageShowsTheZoneInEffect() throws Exception {
        String html =
                mvc.perform(get("/admin/settings")).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("action=\"/admin/settings/time-zone\"", "name=\"zone\"", "value=\"UTC\"");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anOffsetOrANamedZoneIsSavedAndSaysSo() throws Exception {
        mvc.perform(post("/admin/settings/time-zone").param("zone", "-08:00").with(csrf()))
                .andExpect(redirectedUrl("/admin/settings"))
                .andExpect(flash().attribute("notice", "settings.timeZone.saved"));
        mvc.perform(post("/admin/settings/time-zone")
                        .param("zone", " America/Los_Angeles ")
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/settings"));

        verify(settings).setTimeZone(ZoneId.of("-08:00"));
        verify(settings).setTimeZone(ZoneId.of("America/Los_Angeles"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aZoneJavaDoesNotKnowIsABadRequestThatChangesNothing() throws Exception {
        String html = mvc.perform(post("/admin/settings/time-zone")
                        .param("zone", "Mars/Olympus")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("not a time zone Gazette knows").doesNotContain("Exception");
        verify(settings, never()).setTimeZone(any());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aRaceWithAnotherAdminIsAConflict() throws Exception {
        willThrow(new SettingsConflictException()).given(settings).setTimeZone(any());

        mvc.perform(post("/admin/settings/time-zone").param("zone", "UTC").with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsCannotChangeTheZone() throws Exception {
        mvc.perform(post("/admin/settings/time-zone").param("zone", "UTC").with(csrf()))
                .andExpect(status().isForbidden());
        verify(settings, never()).setTimeZone(any());
    }
}
