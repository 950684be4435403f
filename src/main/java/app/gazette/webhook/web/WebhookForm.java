package app.gazette.webhook.web;

import app.gazette.webhook.NewWebhook;
import app.gazette.webhook.WebhookEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The "add a webhook" form; the address's form (http/https, host) is checked by the controller. */
record WebhookForm(
        @NotBlank(message = "{webhooks.url.required}") @Size(max = 2000, message = "{webhooks.url.size}")
        String url,

        @NotEmpty(message = "{webhooks.events.required}") List<WebhookEvent> events,

        @Size(max = 200, message = "{webhooks.description.size}")
        String description) {

    static WebhookForm empty() {
        return new WebhookForm("", List.of(), "");
    }

    NewWebhook toNewWebhook() {
        return new NewWebhook(url, events, description);
    }
}
