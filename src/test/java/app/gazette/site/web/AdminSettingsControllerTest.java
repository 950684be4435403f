package app.gazette.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.site.LogoRefused;
import app.gazette.site.ModerationMode;
import app.gazette.site.Settings;
import app.gazette.site.SettingsConflictException;
import app.gazette.site.SettingsService;
import app.gazette.site.SiteLogos;
import app.gazette.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebSliceTest
class AdminSettingsControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SettingsService settings;

    @Autowired
    SiteLogos logos;

    static MockHttpServletRequestBuilder validPost() {
        return validPost(" Cheap Pills \r\n\r\ncasino\ncasino");
    }

    static MockHttpServletRequestBuilder validPost(String bannedWords) {
        return post("/admin/settings")
                .param("siteTitle", "The Daily Bugle")
                .param("tagline", "All the news")
                .param("pageSize", "5")
                .param("dateHeaderPattern", "d.M.yyyy")
                .param("moderation", "NONE")
                .param("closeCommentsAfterDays", "14")
                .param("bannedWords", bannedWords)
                .param("version", "3");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/settings"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?continue=/admin/settings"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsGetTheNewsroomForbiddenPage() throws Exception {
        mvc.perform(get("/admin/settings"))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/admin/forbidden"));
        mvc.perform(validPost().with(csrf())).andExpect(status().isForbidden());
        verify(settings, never()).update(any());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminsSeeTheCurrentSettings() throws Exception {
        String html = mvc.perform(get("/admin/settings"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Settings",
                        "value=\"Gazette\"",
                        "value=\"EEEE d MMMM yyyy\"",
                        "<option value=\"FIRST_TIME\" selected=\"selected\">",
                        "name=\"_csrf\"",
                        "Sign out");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(validPost()).andExpect(status().isForbidden());
        verify(settings, never()).update(any());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void invalidValuesShowAMessagePerFieldAndKeepTheInput() throws Exception {
        String html = mvc.perform(post("/admin/settings")
                        .with(csrf())
                        .param("siteTitle", "")
                        .param("tagline", "Kept tagline")
                        .param("pageSize", "0")
                        .param("dateHeaderPattern", "HH:mm")
                        .param("moderation", "ALL")
                        .param("closeCommentsAfterDays", "soon")
                        .param("version", "3"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).containsOnlyOnce("Please give a whole number of days from 0 to 3650.");
        assertThat(html)
                .contains(
                        "Please correct the marked fields",
                        "Please give the site a title.",
                        "Please give a whole number from 1 to 100.",
                        "This is not a date format Gazette can use",
                        "Please give a whole number of days from 0 to 3650.",
                        "value=\"Kept tagline\"",
                        "value=\"HH:mm\"",
                        "value=\"soon\"",
                        "<option value=\"ALL\" selected=\"selected\">");
        verify(settings, never()).update(any());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void validValuesAreSavedAndRedirectWithANotice() throws Exception {
        mvc.perform(validPost().with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/settings"))
                .andExpect(flash().attribute("notice", "settings.saved"));

        verify(settings)
                .update(new Settings(
                        "The Daily Bugle",
                        "All the news",
                        5,
                        "d.M.yyyy",
                        ModerationMode.NONE,
                        14,
                        "Cheap Pills\ncasino",
                        3));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void savingOverAnotherAdminsChangeIs409WithTheInputKept() throws Exception {
        given(settings.update(any())).willThrow(new SettingsConflictException());

        String html = mvc.perform(validPost().with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Another admin saved the settings", "value=\"The Daily Bugle\"", "casino");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void bannedWordsAreATextAreaWithTheCurrentList() throws Exception {
        given(settings.current())
                .willReturn(
                        new Settings("Gazette", "", 10, "d.M.yyyy", ModerationMode.ALL, 0, "viagra\n<b>casino</b>", 2));

        String html = mvc.perform(get("/admin/settings"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Banned words", "One word or phrase per line", ">viagra\n&lt;b&gt;casino&lt;/b&gt;</textarea>");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void tooLongBannedWordsAreRefusedWithAMessageAndKept() throws Exception {
        String html = mvc.perform(validPost("w".repeat(10_001)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("at most 10,000 characters", "w".repeat(10_001) + "</textarea>");
        verify(settings, never()).update(any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsCannotUploadOrRemoveTheLogo() throws Exception {
        mvc.perform(multipart("/admin/settings/logo").file(logoFile()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/settings/logo/remove").with(csrf())).andExpect(status().isForbidden());
        verify(logos, never()).upload(any(), any());
        verify(settings, never()).setLogo(any());
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void anUploadedLogoRedirectsWithANotice() throws Exception {
        mvc.perform(multipart("/admin/settings/logo").file(logoFile()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/settings"))
                .andExpect(flash().attribute("notice", "settings.logo.saved"));
        verify(logos).upload(any(), org.mockito.ArgumentMatchers.eq("root"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aRefusedLogoShowsTheSettingsPageWithTheReasonAndItsStatus() throws Exception {
        given(logos.upload(any(), any()))
                .willThrow(new LogoRefused(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media.refused.type", new Object[] {"logo.svg"}, null));

        String html = mvc.perform(
                        multipart("/admin/settings/logo").file(logoFile()).with(csrf()))
                .andExpect(status().isUnsupportedMediaType())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("The logo was not changed.", "logo.svg", "value=\"Gazette\"", "Save settings");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void removingTheLogoClearsItInTheSettings() throws Exception {
        mvc.perform(post("/admin/settings/logo/remove").with(csrf()))
                .andExpect(redirectedUrl("/admin/settings"))
                .andExpect(flash().attribute("notice", "settings.logo.removed"));
        verify(settings).setLogo(null);
    }

    private static MockMultipartFile logoFile() {
        return new MockMultipartFile("file", "logo.png", "image/png", new byte[] {1, 2, 3});
    }
}
