package app.gazette.api.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** A key's secret: {@code gz_} and 32 URL-safe characters (192 random bits); kept only as its SHA-256. */
record KeySecret(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int HINT = 4;

    static KeySecret random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return new KeySecret("gz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The SHA-256 of a secret as the table keeps it (64 hex digits); a random key needs no slow hash. */
    static String hashOf(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    String hash() {
        return hashOf(value);
    }

    String hint() {
        return value.substring(value.length() - HINT);
    }
}
