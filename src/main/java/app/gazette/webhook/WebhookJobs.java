package app.gazette.webhook;

import app.gazette.outbox.Outbox;
import app.gazette.outbox.OutboxHandler;
import app.gazette.outbox.OutboxJob;
import app.gazette.outbox.OutboxResult;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Deliveries as outbox jobs of kind {@value #KIND}: one per enabled hook that listens to the event,
 * carrying the body made when the event happened. Each attempt is logged for the newsroom page;
 * the outbox retries failures and gives up after 24 hours.
 */
@Component
class WebhookJobs implements OutboxHandler {

    static final String KIND = "webhook";

    /** An outbox job's payload. */
    record Job(long hook, String event, String body) {}

    private final Outbox outbox;
    private final WebhookStore store;
    private final WebhookSender sender;
    private final Clock clock;

    WebhookJobs(Outbox outbox, WebhookStore store, WebhookSender sender, Clock clock) {
        this.outbox = outbox;
        this.store = store;
        this.sender = sender;
        this.clock = clock;
    }

    /** In the caller's transaction: a job for every enabled hook listening to {@code event}. */
    void enqueue(WebhookEvent event, Supplier<String> body) {
        List<WebhookStore.Hook> hooks = store.all().stream()
                .filter(hook -> hook.enabled() && hook.events().contains(event.wireName()))
                .toList();
        if (hooks.isEmpty()) {
            return;
        }
        String json = body.get();
        for (WebhookStore.Hook hook : hooks) {
            outbox.enqueue(KIND, WebhookPayloads.JSON.writeValueAsString(new Job(hook.id(), event.wireName(), json)));
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public OutboxResult handle(OutboxJob outboxJob) {
        Job job = WebhookPayloads.JSON.readValue(outboxJob.payload(), Job.class);
        WebhookStore.Hook hook =
                store.find(job.hook()).filter(WebhookStore.Hook::enabled).orElse(null);
        if (hook == null) {
            return OutboxResult.succeeded();
        }
        Delivery delivery = deliver(hook, job.event(), job.body(), outboxJob.attempt(), outboxJob.last());
        return delivery.succeeded() ? OutboxResult.succeeded() : OutboxResult.failed(delivery.error());
    }

    /** Sends now and logs the attempt ({@code last}: a failure is not tried again). */
    Delivery deliver(WebhookStore.Hook hook, String event, String body, int attempt, boolean last) {
        Delivery delivery = sender.send(hook.url(), hook.secret(), event, body, store.allowPrivate());
        String outcome = delivery.succeeded() ? "DELIVERED" : last ? "GAVE_UP" : "FAILED";
        store.log(
                hook.id(),
                new WebhookStore.Attempt(
                        event,
                        clock.instant(),
                        attempt,
                        outcome,
                        delivery.code(),
                        delivery.millis(),
                        delivery.error()));
        return delivery;
    }
}
