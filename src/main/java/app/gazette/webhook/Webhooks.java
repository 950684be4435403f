package app.gazette.webhook;

import app.gazette.shared.NotFoundException;
import app.gazette.shared.SiteFormats;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The newsroom's side of webhooks (admins): register, see, re-key, switch on and off, delete, test. */
@Service
@Transactional
public class Webhooks {

    static final int LOG_SIZE = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookStore store;
    private final WebhookJobs jobs;
    private final WebhookPayloads payloads;
    private final SiteFormats formats;
    private final Clock clock;

    Webhooks(WebhookStore store, WebhookJobs jobs, WebhookPayloads payloads, SiteFormats formats, Clock clock) {
        this.store = store;
        this.jobs = jobs;
        this.payloads = payloads;
        this.formats = formats;
        this.clock = clock;
    }

    /** Whether an address may be registered: http or https with a host and no user info. */
    public static boolean isValidUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Transactional(readOnly = true)
    public List<WebhookView> list() {
        return store.all().stream().map(this::view).toList();
    }

    /** @throws IllegalArgumentException for an address {@link #isValidUrl} refuses or no events (forms check first) */
    public void register(NewWebhook hook) {
        if (!isValidUrl(hook.url()) || hook.events().isEmpty() || hook.events().contains(WebhookEvent.PING)) {
            throw new IllegalArgumentException("invalid webhook");
        }
        List<String> events =
                hook.events().stream().distinct().map(WebhookEvent::wireName).toList();
        String description =
                hook.description() == null ? "" : hook.description().strip();
        store.insert(hook.url().strip(), events, description, newSecret(), clock.instant());
    }

    public void regenerateSecret(long id) {
        found(store.setSecret(id, newSecret()));
    }

    public void setEnabled(long id, boolean enabled) {
        found(store.setEnabled(id, enabled));
    }

    public void delete(long id) {
        found(store.delete(id));
    }

    @Transactional(readOnly = true)
    public boolean allowsPrivateDestinations() {
        return store.allowPrivate();
    }

    public void allowPrivateDestinations(boolean allow) {
        store.allowPrivate(allow);
    }

    /** Delivers a {@code ping} now (once, not retried) and logs it; whether it was delivered. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public boolean sendTest(long id) {
        WebhookStore.Hook hook = store.find(id).orElseThrow(NotFoundException::new);
        String body = payloads.ping(id, clock.instant());
        return jobs.deliver(hook, WebhookEvent.PING.wireName(), body, 1, false).succeeded();
    }

    private WebhookView view(WebhookStore.Hook hook) {
        return new WebhookView(
                hook.id(),
                hook.url(),
                hook.events().stream()
                        .flatMap(name -> WebhookEvent.named(name).stream())
                        .toList(),
                hook.description(),
                hook.secret(),
                hook.enabled(),
                store.latest(hook.id(), LOG_SIZE).stream()
                        .map(a -> new WebhookView.DeliveryView(
                                formats.dateTime(a.at()),
                                SiteFormats.iso(a.at()),
                                a.event(),
                                a.attempt(),
                                a.outcome(),
                                a.code(),
                                a.millis(),
                                a.error()))
                        .toList());
    }

    private static void found(boolean changed) {
        if (!changed) {
            throw new NotFoundException();
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
