package app.gazette.webhook;

import java.util.List;

/** What an admin registers: an http(s) address, the events it hears, an optional description. */
public record NewWebhook(String url, List<WebhookEvent> events, String description) {}
