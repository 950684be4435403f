package app.gazette.backup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.backup.BackupRefused;
import app.gazette.backup.BackupService;
import app.gazette.backup.RestoreSummary;
import app.gazette.support.WebSliceTest;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@WebSliceTest
class AdminBackupControllerTest {

    static final MockMultipartFile BACKUP =
            new MockMultipartFile("file", "gazette-backup.zip", "application/zip", new byte[] {'P', 'K', 3, 4});

    @Autowired
    MockMvc mvc;

    @Autowired
    BackupService backups;

    static MockMultipartHttpServletRequestBuilder restore() {
        return multipart("/admin/backup/restore").file(BACKUP).param("replace", "true");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/backup")).andExpect(redirectedUrl("/login?continue=/admin/backup"));
        mvc.perform(get("/admin/backup/export")).andExpect(redirectedUrl("/login?continue=/admin/backup/export"));
    }

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void editorsGetTheForbiddenPage() throws Exception {
        mvc.perform(get("/admin/backup")).andExpect(forwardedUrl("/admin/forbidden"));
        mvc.perform(get("/admin/backup/export")).andExpect(status().isForbidden());
        mvc.perform(restore().with(csrf())).andExpect(status().isForbidden());
        verify(backups, never()).restore(any(), anyString(), anyBoolean());
        verify(backups, never()).export(any(), anyBoolean());
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void adminsSeeBothFormsAndTheNavigationLink() throws Exception {
        String html = mvc.perform(get("/admin/backup"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "Download backup",
                        "name=\"personal\"",
                        "enctype=\"multipart/form-data\"",
                        "name=\"file\"",
                        "name=\"replace\"",
                        "name=\"_csrf\"",
                        "href=\"/admin/backup\"",
                        "without a password")
                .doesNotContain("This site has content");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aSiteWithContentIsSaidToNeedTheReplaceBox() throws Exception {
        given(backups.siteHasContent()).willReturn(true);

        String html =
                mvc.perform(get("/admin/backup")).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("This site has content beyond a fresh Gazette");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void theExportIsAZipDownloadNamedByTheTime() throws Exception {
        given(backups.fileName()).willReturn("gazette-backup-20190210-1234.zip");
        willAnswer(call -> {
                    call.getArgument(0, OutputStream.class).write(new byte[] {'P', 'K'});
                    return null;
                })
                .given(backups)
                .export(any(), eq(true));

        mvc.perform(get("/admin/backup/export").param("personal", "true"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andExpect(header().string(
                                "Content-Disposition", "attachment; filename=\"gazette-backup-20190210-1234.zip\""))
                .andExpect(content().bytes(new byte[] {'P', 'K'}));
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aRestoreSaysWhatCameBack() throws Exception {
        given(backups.restore(any(Path.class), eq("root"), eq(true)))
                .willReturn(new RestoreSummary(4, 120, 3000, 9, Instant.parse("2019-02-10T12:34:56Z"), true));

        mvc.perform(restore().with(csrf()))
                .andExpect(redirectedUrl("/admin/backup"))
                .andExpect(flash().attribute("restored", List.of("2019-02-10 12:34 UTC", 120L, 3000L, 9L, 4L)))
                .andExpect(flash().attribute("othersNeedPasswords", true));
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aRefusedBackupIsABadRequestThatSaysWhy() throws Exception {
        given(backups.restore(any(Path.class), eq("root"), eq(false)))
                .willThrow(new BackupRefused("backup.error.field.missing", "users.jsonl", 3, "display_name", "id 3"));

        String html = mvc.perform(
                        multipart("/admin/backup/restore").file(BACKUP).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "The backup was not restored; the site is unchanged.",
                        "users.jsonl, line 3 (id 3): the field display_name is missing.");
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void noFileIsABadRequest() throws Exception {
        String html = mvc.perform(multipart("/admin/backup/restore")
                        .param("replace", "true")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Please choose a backup file.");
        verify(backups, never()).restore(any(), anyString(), anyBoolean());
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void aRestoreWithoutTheCsrfTokenIsForbidden() throws Exception {
        mvc.perform(restore()).andExpect(status().isForbidden());
        verify(backups, never()).restore(any(), anyString(), anyBoolean());
    }

    @Test
    void largeUploadsFromAnyoneButAnAdminAreRefusedUnread() throws Exception {
        byte[] large = new byte[6 * 1024 * 1024];

        mvc.perform(post("/admin/backup/restore")
                        .with(csrf())
                        .contentType(MediaType.MULTIPART_FORM_DATA)
                        .content(large))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/backup/restore")
                        .with(csrf())
                        .contentType(MediaType.MULTIPART_FORM_DATA)
                        .content(new byte[10]))
                .andExpect(redirectedUrl("/login"));
    }
}
