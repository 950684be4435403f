package app.gazette.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** TOTP codes as apps make them: RFC 6238's test vector, the ±1 step window, and typed forms. */
class TotpTest {

    /** RFC 6238 appendix B's SHA-1 key "12345678901234567890", in base 32. */
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    static final Instant NOW = Instant.parse("2026-12-03T10:00:10Z");

    @Test
    void codesFollowTheRfcTestVector() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
    }

    @Test
    void theCodesOfTheStepBeforeAndAfterAreAcceptedWithTheirStep() {
        long step = Totp.step(NOW);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), NOW))
                .contains(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), NOW))
                .contains(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), NOW))
                .contains(step + 1);
    }

    @Test
    void codesTwoStepsAwayAreRefused() {
        String code = Totp.code(RFC_SECRET, Totp.step(NOW));

        assertThat(Totp.matchingStep(RFC_SECRET, code, NOW.plus(Duration.ofSeconds(60))))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, code, NOW.minus(Duration.ofSeconds(60))))
                .isEmpty();
    }

    @Test
    void spacesAreIgnoredButAnythingButSixDigitsIsRefused() {
        String code = Totp.code(RFC_SECRET, Totp.step(NOW));

        assertThat(Totp.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), NOW))
                .isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, code + "1", NOW)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, NOW)).isEmpty();
    }

    @Test
    void theQrCodeHoldsAnOtpauthAddressForTheApp() {
        assertThat(Totp.uri(RFC_SECRET, "Gazette", "ada"))
                .startsWith("otpauth://totp/")
                .contains("secret=" + RFC_SECRET, "issuer=Gazette", "period=30", "digits=6");
        assertThat(Totp.qrPng(RFC_SECRET, "Gazette", "ada")).startsWith(0x89, 'P', 'N', 'G');
    }
}
