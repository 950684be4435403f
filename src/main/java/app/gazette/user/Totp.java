package app.gazette.user;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * TOTP (RFC 6238) as authenticator apps use it: SHA-1, 6 digits, 30-second steps, codes of the
 * step before and after accepted too (clocks drift). Pure rules; the caller keeps the last step
 * used so that a code is not accepted twice.
 */
final class Totp {

    static final int PERIOD_SECONDS = 30;
    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final CodeGenerator CODES = new DefaultCodeGenerator();

    private Totp() {}

    static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), PERIOD_SECONDS);
    }

    /** Six digits, spaces allowed (apps show "123 456"). */
    static Optional<String> normalised(String typed) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** The step (now, one before, one after) whose code this is, if any. */
    static Optional<Long> matchingStep(String secret, String typed, Instant now) {
        Optional<String> code = normalised(typed);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (same(code(secret, step), code.get())) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    static String code(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code generation failed", e);
        }
    }

    /** The otpauth:// address an app reads from the QR code. */
    static String uri(String secret, String issuer, String account) {
        return qrData(secret, issuer, account).getUri();
    }

    static byte[] qrPng(String secret, String issuer, String account) {
        try {
            return new ZxingPngQrGenerator().generate(qrData(secret, issuer, account));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code generation failed", e);
        }
    }

    private static QrData qrData(String secret, String issuer, String account) {
        return new QrData.Builder()
                .label(account)
                .secret(secret)
                .issuer(issuer)
                .digits(6)
                .period(PERIOD_SECONDS)
                .build();
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
