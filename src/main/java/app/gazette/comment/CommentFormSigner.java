package app.gazette.comment;

import app.gazette.site.GazetteProperties;
import app.gazette.site.SiteSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signs the time a comment form was rendered, so that a post can tell how long the reader took.
 * The key is gazette.comments.form-secret, or else a random secret every node reads from the
 * database. The page may come from a cache: the stamp is the same for every reader.
 */
@Component
public class CommentFormSigner {

    static final String SECRET_NAME = "comment-form";
    private static final String ALGORITHM = "HmacSHA256";

    private final String configuredSecret;
    private final SiteSecrets secrets;
    private final Clock clock;
    private volatile SecretKeySpec key;

    CommentFormSigner(GazetteProperties properties, SiteSecrets secrets, Clock clock) {
        this.configuredSecret = properties.comments().formSecret();
        this.secrets = secrets;
        this.clock = clock;
    }

    /** A stamp of now, for a form being rendered. */
    public FormStamp stamp() {
        long seconds = clock.instant().getEpochSecond();
        return new FormStamp(Long.toString(seconds), sign(seconds));
    }

    /** The render time of a posted stamp; empty when missing, garbled or not signed by us. */
    public Optional<Instant> verify(String renderedAt, String signature) {
        if (renderedAt == null || signature == null || renderedAt.length() > 19 || !renderedAt.matches("\\d+")) {
            return Optional.empty();
        }
        long seconds = Long.parseLong(renderedAt);
        byte[] expected = sign(seconds).getBytes(StandardCharsets.US_ASCII);
        boolean valid = MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        return valid ? Optional.of(Instant.ofEpochSecond(seconds)) : Optional.empty();
    }

    private String sign(long seconds) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            byte[] digest = mac.doFinal(("comment-form:" + seconds).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            String secret = configuredSecret == null || configuredSecret.isBlank()
                    ? secrets.secret(SECRET_NAME)
                    : configuredSecret;
            current = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
            key = current;
        }
        return current;
    }
}
