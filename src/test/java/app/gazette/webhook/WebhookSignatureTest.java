package app.gazette.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void headerIsTheTimeAndTheHexHmacOfTimeDotBody() {
        // openssl: printf '1700000000.{"event":"ping"}' | openssl dgst -sha256 -hmac s3cret
        assertThat(WebhookSignature.header("s3cret", 1_700_000_000L, "{\"event\":\"ping\"}"))
                .isEqualTo("t=1700000000, v1=6846770b4cb3a67aa55cb7edb85678c8c36b8caf1022a60693ee1a47db73c48d");
    }

    @Test
    void aSignatureVerifiesOnlyForItsBodyAndSecret() {
        String header = WebhookSignature.header("s3cret", 1_700_000_000L, "{\"a\":1}");
        assertThat(WebhookSignature.verifies("s3cret", header, "{\"a\":1}")).isTrue();
        assertThat(WebhookSignature.verifies("s3cret", header, "{\"a\":2}")).isFalse();
        assertThat(WebhookSignature.verifies("other", header, "{\"a\":1}")).isFalse();
        assertThat(WebhookSignature.verifies("s3cret", "v1=abc", "{\"a\":1}")).isFalse();
    }
}
