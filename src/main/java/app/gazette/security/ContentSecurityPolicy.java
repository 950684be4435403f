package app.gazette.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.util.StringUtils;

/**
 * The Content-Security-Policy of every response: scripts only from files of this site (no inline
 * script, no eval), nothing framed or embedded, images from this site and, when media are served
 * from elsewhere ({@code gazette.media.public-base-url}), from exactly that one host as well.
 */
final class ContentSecurityPolicy {

    static final String SAME_SITE_ONLY =
            "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private ContentSecurityPolicy() {}

    static String withMediaFrom(String publicMediaBaseUrl) {
        if (!StringUtils.hasText(publicMediaBaseUrl)) {
            return SAME_SITE_ONLY;
        }
        return SAME_SITE_ONLY.replace(
                "default-src 'self'; ", "default-src 'self'; img-src 'self' " + origin(publicMediaBaseUrl) + "; ");
    }

    /** Scheme, host and port only: no path, no wildcard, nothing that could add a directive. */
    static String origin(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused(url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getUserInfo() != null) {
            throw refused(url);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static IllegalArgumentException refused(String url) {
        return new IllegalArgumentException(
                "gazette.media.public-base-url must be an http(s) URL such as https://media.example.org, not " + url);
    }
}
