package app.gazette.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.MutableClock;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSenderTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final String SECRET = "hook-secret";

    /** Names a test's DNS answers with internal addresses; anything else resolves as usual. */
    static final Map<String, String> NAMES = Map.of(
            "loopback.test", "127.0.0.1",
            "private.test", "10.1.2.3",
            "metadata.test", "169.254.169.254",
            "six.test", "::1");

    Receiver receiver;
    WebhookSender sender;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        sender = new WebhookSender(new TestDns(), new MutableClock(NOW));
    }

    @AfterEach
    void stop() {
        sender.close();
        receiver.close();
    }

    @Test
    void aDeliveryIsSignedSoThatTheReceiverCanVerifyIt() {
        Delivery delivery = sender.send(receiver.url("/hook"), SECRET, "ping", "{\"event\":\"ping\"}", true);

        assertThat(delivery.succeeded()).isTrue();
        assertThat(delivery.code()).isEqualTo(200);
        Receiver.Request got = receiver.requests.get(0);
        assertThat(got.event()).isEqualTo("ping");
        assertThat(got.signature()).startsWith("t=" + NOW.getEpochSecond() + ", v1=");
        assertThat(WebhookSignature.verifies(SECRET, got.signature(), got.body()))
                .isTrue();
    }

    @Test
    void anErrorStatusIsAFailedDeliveryWithItsCode() {
        receiver.status = 500;

        Delivery delivery = sender.send(receiver.url("/hook"), SECRET, "ping", "{}", true);

        assertThat(delivery.succeeded()).isFalse();
        assertThat(delivery.code()).isEqualTo(500);
    }

    @Test
    void aRedirectIsAFailedDeliveryAndIsNotFollowed() {
        receiver.status = 302;
        receiver.location = receiver.url("/elsewhere");

        Delivery delivery = sender.send(receiver.url("/hook"), SECRET, "ping", "{}", true);

        assertThat(delivery.succeeded()).isFalse();
        assertThat(delivery.code()).isEqualTo(302);
        assertThat(receiver.requests).extracting(Receiver.Request::path).containsExactly("/hook");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.0.0.1",
                "169.254.169.254",
                "[::1]",
                "localhost",
                "loopback.test",
                "private.test",
                "metadata.test",
                "six.test"
            })
    void internalDestinationsAreRefusedAfterResolvingTheirNames(String host) {
        Delivery delivery =
                sender.send("http://" + host + ":" + receiver.port() + "/hook", SECRET, "ping", "{}", false);

        assertThat(delivery.succeeded()).isFalse();
        assertThat(delivery.code()).isNull();
        assertThat(delivery.error()).isEqualTo("refused: internal address");
        assertThat(receiver.requests).isEmpty();
    }

    @Test
    void privateDestinationsAreCalledWhenAllowed() {
        Delivery delivery =
                sender.send("http://loopback.test:" + receiver.port() + "/hook", SECRET, "ping", "{}", true);

        assertThat(delivery.succeeded()).isTrue();
        assertThat(receiver.requests).hasSize(1);
    }

    /** Test names first, then the system's resolver. */
    static final class TestDns implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            String address = NAMES.get(host);
            return address != null
                    ? new InetAddress[] {InetAddress.getByName(address)}
                    : SystemDefaultDnsResolver.INSTANCE.resolve(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return host;
        }
    }
}
