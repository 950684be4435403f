package app.gazette.webhook;

import app.gazette.shared.PublicAddresses;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts a signed delivery. Contract: connects only to addresses {@link PublicAddresses} allows (every
 * hop is one connection: redirects are never followed, a 3xx is a failure) unless private destinations
 * are allowed; gives up after {@link #TIMEOUT} to connect or to answer; only a 2xx is a success.
 */
public class WebhookSender implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String USER_AGENT = "Gazette-webhooks/1";

    private final CloseableHttpClient publicOnly;
    private final CloseableHttpClient anywhere;
    private final Clock clock;

    /** {@code names} resolves host names (the system's DNS; tests give their own). */
    public WebhookSender(DnsResolver names, Clock clock) {
        this.publicOnly = client(new PublicAddresses(names, false));
        this.anywhere = client(names);
        this.clock = clock;
    }

    /** Posts {@code body} to {@code url}, signed with {@code secret}, as event {@code event}. */
    public Delivery send(String url, String secret, String event, String body, boolean allowPrivate) {
        long started = System.nanoTime();
        HttpPost post;
        try {
            post = new HttpPost(URI.create(url));
        } catch (IllegalArgumentException e) {
            return new Delivery(null, 0, "bad address");
        }
        post.setHeader("X-Gazette-Event", event);
        post.setHeader(
                "X-Gazette-Signature",
                WebhookSignature.header(secret, clock.instant().getEpochSecond(), body));
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        try {
            int code = (allowPrivate ? anywhere : publicOnly).execute(post, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
            return new Delivery(code, millis(started), code >= 200 && code < 300 ? null : "status " + code);
        } catch (PublicAddresses.InternalAddress e) {
            return new Delivery(null, millis(started), "refused: internal address");
        } catch (SocketTimeoutException e) {
            return new Delivery(null, millis(started), "timed out");
        } catch (IOException | RuntimeException e) {
            return new Delivery(null, millis(started), "unreachable");
        }
    }

    private static long millis(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private static CloseableHttpClient client(DnsResolver resolver) {
        Timeout timeout = Timeout.of(TIMEOUT);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout)
                                .setSocketTimeout(timeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout)
                        .build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableAutomaticRetries()
                .setUserAgent(USER_AGENT)
                .build();
    }

    @Override
    public void close() {
        publicOnly.close(CloseMode.IMMEDIATE);
        anywhere.close(CloseMode.IMMEDIATE);
    }
}
