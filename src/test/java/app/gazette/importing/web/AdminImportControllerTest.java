package app.gazette.importing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.importing.ExportFormat;
import app.gazette.importing.ImportJob;
import app.gazette.importing.ImportRefused;
import app.gazette.importing.ImportService;
import app.gazette.support.WebSliceTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class AdminImportControllerTest {

    static final MockMultipartFile EXPORT =
            new MockMultipartFile("file", "C:\\exports\\blog.xml", "text/xml", "<rss version=\"2.0\"/>".getBytes());

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    static ImportJob job(ImportJob.State state, String errorCode, List<String> errorArgs) {
        boolean running = state == ImportJob.State.RUNNING;
        return new ImportJob(
                7,
                ExportFormat.WORDPRESS,
                "blog.xml",
                state,
                10,
                20,
                running ? 3 : 10,
                running ? 0 : 20,
                9,
                18,
                2,
                1,
                errorCode,
                errorArgs,
                Instant.parse("2019-02-10T12:00:00Z"),
                null,
                ImportJob.Report.NONE);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/import")).andExpect(redirectedUrl("/login?continue=/admin/import"));
        mvc.perform(get("/admin/import/progress")).andExpect(redirectedUrl("/login?continue=/admin/import/progress"));
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void editorsGetTheForbiddenPage() throws Exception {
        mvc.perform(get("/admin/import")).andExpect(forwardedUrl("/admin/forbidden"));
        mvc.perform(get("/admin/import/progress")).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/import").file(EXPORT).with(csrf())).andExpect(status().isForbidden());
        verify(imports, never()).start(any(), anyString(), anyString());
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void adminsSeeTheFormAndTheNavigationLink() throws Exception {
        String html = mvc.perform(get("/admin/import"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Import from Blogger or WordPress",
                        "enctype=\"multipart/form-data\"",
                        "name=\"file\"",
                        "name=\"_csrf\"",
                        "href=\"/admin/import\"",
                        "/?p=42")
                .doesNotContain("<progress");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aRunningImportShowsItsProgressAndTheScriptThatUpdatesIt() throws Exception {
        given(imports.latest()).willReturn(Optional.of(job(ImportJob.State.RUNNING, null, null)));

        String html =
                mvc.perform(get("/admin/import")).andReturn().getResponse().getContentAsString();

        assertThat(html)
                .contains(
                        "The latest import: blog.xml",
                        "<progress id=\"import-bar\" max=\"100\" value=\"10\"",
                        "3 of 10 posts and 0 of 20 comments done",
                        "data-url=\"/admin/import/progress\"",
                        "/js/import",
                        "Reload the page");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aFinishedImportSaysWhatItMadeAndThatPrivatePostsAreDrafts() throws Exception {
        given(imports.latest()).willReturn(Optional.of(job(ImportJob.State.DONE, null, null)));

        String html =
                mvc.perform(get("/admin/import")).andReturn().getResponse().getContentAsString();

        assertThat(html)
                .contains(
                        "Imported 9 new articles and 18 new comments",
                        "2 private posts were imported as drafts",
                        "One author got a new account, disabled",
                        "imported before were skipped")
                .doesNotContain("<progress");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aFinishedImportCountsDraftsProtectedStickyDuplicatesSkippedKindsAndTimeAndOffersTheBlogZone()
            throws Exception {
        ImportJob done = job(ImportJob.State.DONE, null, null);
        ImportJob.Report report =
                new ImportJob.Report(3, 2, 1, 1, 4, 5, 6, List.of("Members only", "Just for us"), "-08:00");
        given(imports.latest())
                .willReturn(Optional.of(new ImportJob(
                        done.id(),
                        done.format(),
                        done.fileName(),
                        done.state(),
                        10,
                        20,
                        10,
                        20,
                        9,
                        18,
                        2,
                        1,
                        null,
                        null,
                        done.startedAt(),
                        done.startedAt().plusMillis(12_500),
                        report)));

        String html =
                mvc.perform(get("/admin/import")).andReturn().getResponse().getContentAsString();

        assertThat(html)
                .contains(
                        "3 posts were drafts",
                        "2 posts were behind a password",
                        "<li>Members only</li>",
                        "<li>Just for us</li>",
                        "One post was sticky",
                        "One post was in the file twice",
                        "4 pages, 5 attachments and 6 other items",
                        "Pages come in a later version",
                        "took 12.5 seconds",
                        "action=\"/admin/settings/time-zone\"",
                        "name=\"zone\" value=\"-08:00\"");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void theBlogZoneIsNotOfferedWhenTheSiteAlreadyShowsDatesInIt() throws Exception {
        ImportJob done = job(ImportJob.State.DONE, null, null);
        ImportJob.Report utc = new ImportJob.Report(0, 0, 0, 0, 0, 0, 0, List.of(), "Z");
        given(imports.latest())
                .willReturn(Optional.of(new ImportJob(
                        done.id(),
                        done.format(),
                        done.fileName(),
                        done.state(),
                        10,
                        20,
                        10,
                        20,
                        9,
                        18,
                        2,
                        1,
                        null,
                        null,
                        done.startedAt(),
                        done.startedAt(),
                        utc)));

        String html =
                mvc.perform(get("/admin/import")).andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContain("/admin/settings/time-zone");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aFailedImportSaysWhyAndThatNothingChanged() throws Exception {
        given(imports.latest())
                .willReturn(Optional.of(job(ImportJob.State.FAILED, "import.error.abandoned", List.of())));

        String html =
                mvc.perform(get("/admin/import")).andReturn().getResponse().getContentAsString();

        assertThat(html)
                .contains(
                        "The import failed, and the site is as it was before it.",
                        "stopped when the server running it stopped");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void theProgressEndpointAnswersJson() throws Exception {
        given(imports.latest()).willReturn(Optional.of(job(ImportJob.State.RUNNING, null, null)));

        mvc.perform(get("/admin/import/progress"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.running").value(true))
                .andExpect(jsonPath("$.percent").value(10))
                .andExpect(jsonPath("$.done").value(3))
                .andExpect(jsonPath("$.total").value(30))
                .andExpect(jsonPath("$.text").value("3 of 10 posts and 0 of 20 comments done"));
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void noImportYetIsNotFoundAtTheProgressEndpoint() throws Exception {
        mvc.perform(get("/admin/import/progress")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void anUploadStartsTheImportWithItsOwnCopyOfTheFile() throws Exception {
        given(imports.start(any(Path.class), eq("blog.xml"), eq("root"))).willAnswer(call -> {
            assertThat(Files.readString(call.getArgument(0, Path.class))).isEqualTo("<rss version=\"2.0\"/>");
            return 7L;
        });

        mvc.perform(multipart("/admin/import").file(EXPORT).with(csrf())).andExpect(redirectedUrl("/admin/import"));

        verify(imports).start(any(Path.class), eq("blog.xml"), eq("root"));
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aFileThatIsNoExportIsABadRequestThatSaysWhy() throws Exception {
        given(imports.start(any(Path.class), anyString(), anyString()))
                .willThrow(new ImportRefused("import.error.unknownFormat"));

        String html = mvc.perform(multipart("/admin/import").file(EXPORT).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Nothing was imported; the site is unchanged.",
                        "This is neither a Blogger backup nor a WordPress export file");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void anUploadWhileAnotherImportRunsIsAConflict() throws Exception {
        given(imports.start(any(Path.class), anyString(), anyString()))
                .willThrow(new ImportRefused("import.error.running"));

        String html = mvc.perform(multipart("/admin/import").file(EXPORT).with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Another import is running.");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void noFileIsABadRequestAndAnUploadWithoutTheCsrfTokenIsForbidden() throws Exception {
        String html = mvc.perform(multipart("/admin/import").with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Please choose an export file.");
        mvc.perform(multipart("/admin/import").file(EXPORT)).andExpect(status().isForbidden());
        verify(imports, never()).start(any(), anyString(), anyString());
    }
}
