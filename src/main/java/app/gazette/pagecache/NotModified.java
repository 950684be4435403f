package app.gazette.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * RFC 9110's conditional GET and HEAD: the client's copy is current when If-None-Match names the
 * ETag (weak comparison) or is {@code *}; only without If-None-Match does If-Modified-Since count.
 */
final class NotModified {

    private NotModified() {}

    static boolean check(HttpServletRequest request, String etag, long lastModified) {
        String ifNoneMatch = String.join(",", Collections.list(request.getHeaders("If-None-Match")));
        if (!ifNoneMatch.isBlank()) {
            return matches(ifNoneMatch, etag);
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return lastModified >= 0 && since >= 0 && lastModified / 1000 <= since / 1000;
    }

    /** Whether an If-None-Match list names this ETag, or is {@code *} (a current representation exists). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if ("*".equals(tag) || etag != null && opaque(tag).equals(opaque(etag))) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
