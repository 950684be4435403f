package app.gazette.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.audit.AuditAction;
import app.gazette.audit.AuditEntryView;
import app.gazette.audit.AuditLog;
import app.gazette.audit.AuditQuery;
import app.gazette.shared.PageView;
import app.gazette.support.WebSliceTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class AdminAuditControllerTest {

    static final AuditEntryView PUBLISHED = new AuditEntryView(
            Instant.parse("2026-03-01T10:15:00Z"),
            "ada",
            "article.published",
            "#12 'Harbour <reopened>'",
            "203.0.113.5");

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog log;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login?continue=/admin/audit"));
        verify(log, never()).search(any());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsGetTheForbiddenPage() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden()).andExpect(forwardedUrl("/admin/forbidden"));
        verify(log, never()).search(any());
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void adminsSeeEntriesWithTheAddressAndTheNavigationLinksHere() throws Exception {
        given(log.search(any())).willReturn(new PageView<>(List.of(PUBLISHED), 1, 3));

        String html = mvc.perform(get("/admin/audit"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("href=\"/admin/audit\"", "Article published", "#12 &#39;Harbour &lt;reopened&gt;&#39;")
                .contains("203.0.113.5", "datetime=\"2026-03-01T10:15:00Z\"", "Page 1 of 3")
                .contains("/admin/audit?user=&amp;action=&amp;from=&amp;to=&amp;page=2");
        verify(log).search(new AuditQuery(null, null, null, null, 1));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theFilterBecomesAQueryWithTheLastDayIncluded() throws Exception {
        given(log.search(any())).willReturn(new PageView<>(List.of(), 2, 1));

        String html = mvc.perform(get("/admin/audit")
                        .param("user", " ada ")
                        .param("action", "article.published")
                        .param("from", "2026-03-01")
                        .param("to", "2026-03-02")
                        .param("page", "2"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        verify(log)
                .search(new AuditQuery(
                        "ada",
                        AuditAction.ARTICLE_PUBLISHED,
                        Instant.parse("2026-03-01T00:00:00Z"),
                        Instant.parse("2026-03-03T00:00:00Z"),
                        2));
        assertThat(html).contains("No entries match.", "value=\"2026-03-01\"", "value=\" ada \"");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void badDatesAndUnknownActionsGet400WithAMessageAndTheFormAsTyped() throws Exception {
        String badFormat = page("from", "1 March", "to", "");
        String noSuchDay = page("from", "2026-02-30", "to", "");
        String reversed = page("from", "2026-03-02", "to", "2026-03-01");
        String unknown = page("action", "drop.tables", "to", "");

        assertThat(badFormat).contains("Please give a day as yyyy-mm-dd", "value=\"1 March\"");
        assertThat(noSuchDay).contains("Please give days that exist, the first not after the last.");
        assertThat(reversed).contains("Please give days that exist, the first not after the last.");
        assertThat(unknown).contains("Please choose an action from the list.");
        assertThat(List.of(badFormat, noSuchDay, reversed, unknown))
                .allSatisfy(html -> assertThat(html)
                        .contains("Please correct the marked fields")
                        .doesNotContain("Exception"));
        verify(log, never()).search(any());
    }

    private String page(String field, String value, String other, String otherValue) throws Exception {
        return mvc.perform(get("/admin/audit").param(field, value).param(other, otherValue))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
