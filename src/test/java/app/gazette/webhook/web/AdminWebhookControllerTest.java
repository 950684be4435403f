package app.gazette.webhook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.gazette.shared.NotFoundException;
import app.gazette.support.WebSliceTest;
import app.gazette.webhook.NewWebhook;
import app.gazette.webhook.WebhookEvent;
import app.gazette.webhook.WebhookView;
import app.gazette.webhook.WebhookView.DeliveryView;
import app.gazette.webhook.Webhooks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class AdminWebhookControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Webhooks webhooks;

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsGetTheNewsroomForbiddenPage() throws Exception {
        mvc.perform(get("/admin/webhooks"))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/admin/forbidden"));
        mvc.perform(post("/admin/webhooks/1/delete").with(csrf())).andExpect(status().isForbidden());
        verify(webhooks, never()).delete(any(Long.class));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminsSeeEachHookWithItsSecretAndDeliveryLog() throws Exception {
        given(webhooks.list())
                .willReturn(List.of(new WebhookView(
                        7,
                        "https://partner.example.org/hook",
                        List.of(WebhookEvent.ARTICLE_PUBLISHED),
                        "Partner app",
                        "c0ffee-secret",
                        true,
                        List.of(new DeliveryView(
                                "1 March 2026 12:00",
                                "2026-03-01T12:00:00Z",
                                "article.published",
                                2,
                                "FAILED",
                                500,
                                41,
                                "status 500")))));

        String html = mvc.perform(get("/admin/webhooks"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "https://partner.example.org/hook",
                        "Partner app",
                        "c0ffee-secret",
                        "article.published",
                        "Failed, will retry",
                        "500",
                        "41 ms",
                        "/admin/webhooks/7/test",
                        "href=\"/admin/webhooks\"");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anAddressThatIsNotHttpIsRefusedWithTheTextKept() throws Exception {
        String html = mvc.perform(post("/admin/webhooks")
                        .with(csrf())
                        .param("url", "ftp://partner.example.org/hook")
                        .param("events", "ARTICLE_PUBLISHED")
                        .param("description", "Partner app"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Enter an http or https address", "value=\"ftp://partner.example.org/hook\"", "Partner app");
        verify(webhooks, never()).register(any());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aHookWithoutEventsIsRefused() throws Exception {
        mvc.perform(post("/admin/webhooks").with(csrf()).param("url", "https://partner.example.org/hook"))
                .andExpect(status().isBadRequest());
        verify(webhooks, never()).register(any());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aValidHookIsRegistered() throws Exception {
        mvc.perform(post("/admin/webhooks")
                        .with(csrf())
                        .param("url", "https://partner.example.org/hook")
                        .param("events", "ARTICLE_PUBLISHED", "SITE_CHANGED")
                        .param("description", ""))
                .andExpect(redirectedUrl("/admin/webhooks"))
                .andExpect(flash().attribute("notice", "webhooks.added"));

        verify(webhooks)
                .register(new NewWebhook(
                        "https://partner.example.org/hook",
                        List.of(WebhookEvent.ARTICLE_PUBLISHED, WebhookEvent.SITE_CHANGED),
                        ""));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anUnknownHookIsNotFound() throws Exception {
        org.mockito.BDDMockito.willThrow(new NotFoundException())
                .given(webhooks)
                .delete(99);

        mvc.perform(post("/admin/webhooks/99/delete").with(csrf())).andExpect(status().isNotFound());
    }
}
