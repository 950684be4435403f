package app.gazette.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.label.LabelService;
import app.gazette.label.LabelService.LabelRef;
import app.gazette.site.SettingsConflictException;
import app.gazette.site.SettingsService;
import app.gazette.support.WebSliceTest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The top menu's sections on the settings page: chosen, reordered and removed by admins only. */
@WebSliceTest
class SectionsSettingsControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SettingsService settings;

    @Autowired
    LabelService labels;

    @BeforeEach
    void labels() {
        for (String name : List.of("Sport", "Weather", "Harbour news")) {
            given(labels.find(name)).willReturn(Optional.of(new LabelRef(name.length(), name)));
        }
        given(labels.find("sport")).willReturn(Optional.of(new LabelRef(5, "Sport")));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theSettingsPageShowsTheSectionsInMenuOrder() throws Exception {
        given(settings.sections()).willReturn(List.of("Weather", "Sport"));

        String html = mvc.perform(get("/admin/settings"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Labels in the top menu", "action=\"/admin/settings/sections\"", ">Weather\nSport</textarea>");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void sectionsAreSavedInTheOrderTypedUnderTheLabelsOwnNames() throws Exception {
        mvc.perform(post("/admin/settings/sections")
                        .with(csrf())
                        .param("sections", " Weather \r\n\r\nsport\nHarbour news\nSport"))
                .andExpect(redirectedUrl("/admin/settings"))
                .andExpect(flash().attribute("notice", "settings.sections.saved"));

        verify(settings).setSections(List.of("Weather", "Sport", "Harbour news"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void emptyingTheListRemovesTheMenu() throws Exception {
        mvc.perform(post("/admin/settings/sections").with(csrf()).param("sections", "\n  \n"))
                .andExpect(redirectedUrl("/admin/settings"));

        verify(settings).setSections(List.of());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anUnknownLabelIsRefusedWithAMessageAndTheInputKept() throws Exception {
        String html = mvc.perform(post("/admin/settings/sections").with(csrf()).param("sections", "Sport\nNo <such>"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "There is no label \u201cNo &lt;such&gt;\u201d",
                        "aria-invalid=\"true\"",
                        ">Sport\nNo &lt;such&gt;</textarea>",
                        "value=\"Gazette\"");
        verify(settings, never()).setSections(any());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void moreThanEightSectionsAreRefused() throws Exception {
        String nine = IntStream.rangeClosed(1, 9).mapToObj(n -> "L" + n).collect(Collectors.joining("\n"));
        IntStream.rangeClosed(1, 9)
                .forEach(n -> given(labels.find("L" + n)).willReturn(Optional.of(new LabelRef(n, "L" + n))));

        String html = mvc.perform(post("/admin/settings/sections").with(csrf()).param("sections", nine))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("The top menu takes at most 8 labels.");
        verify(settings, never()).setSections(any());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void savingAtTheSameMomentAsAnotherAdminIs409() throws Exception {
        willThrow(new SettingsConflictException()).given(settings).setSections(any());

        String html = mvc.perform(post("/admin/settings/sections").with(csrf()).param("sections", "Sport"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Someone else saved the settings at the same moment");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsCannotChooseSections() throws Exception {
        mvc.perform(post("/admin/settings/sections").with(csrf()).param("sections", "Sport"))
                .andExpect(status().isForbidden());
        verify(settings, never()).setSections(any());
    }

    @Test
    void anonymousVisitorsCannotChooseSections() throws Exception {
        mvc.perform(post("/admin/settings/sections").with(csrf()).param("sections", "Sport"))
                .andExpect(status().is3xxRedirection());
        verify(settings, never()).setSections(any());
    }
}
