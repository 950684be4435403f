package app.gazette.webhook;

import java.util.List;

/** A registered webhook as the newsroom page shows it, with its latest deliveries, newest first. */
public record WebhookView(
        long id,
        String url,
        List<WebhookEvent> events,
        String description,
        String secret,
        boolean enabled,
        List<DeliveryView> deliveries) {

    /** One attempt: when (formatted and ISO), event name, outcome (DELIVERED, FAILED, GAVE_UP), code, duration. */
    public record DeliveryView(
            String at,
            String iso,
            String event,
            int attempt,
            String outcome,
            Integer code,
            long millis,
            String error) {}
}
