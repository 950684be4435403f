package app.gazette.media.store;

import java.util.regex.Pattern;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeTypeUtils;

/**
 * What a media key may be, such as {@code 2026/12/3fa9c0de12ab-harbour-640.jpg}: lower-case letters,
 * digits, dots, dashes and underscores in segments split by single slashes, each segment starting
 * with a letter or digit (so no leading slash, no {@code .} or {@code ..}, no hidden files), and no
 * {@code ..} anywhere. The same key is a safe relative file path, an S3 object name and a URL path.
 */
public final class MediaKeys {

    public static final int MAX_LENGTH = 512;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

    private MediaKeys() {}

    public static boolean isValid(String key) {
        return key != null
                && key.length() <= MAX_LENGTH
                && !key.contains("..")
                && KEY.matcher(key).matches();
    }

    /** The key itself when valid, else {@link IllegalArgumentException}. */
    public static String requireValid(String key) {
        if (!isValid(key)) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
        return key;
    }

    /** A content type as a header carries it, e.g. {@code image/jpeg}; anything else is refused. */
    static String requireContentType(String contentType) {
        try {
            return MimeTypeUtils.parseMimeType(contentType).toString();
        } catch (InvalidMimeTypeException e) {
            throw new IllegalArgumentException("not a content type: " + contentType);
        }
    }
}
