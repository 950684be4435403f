package app.gazette.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The site's public base URL for every absolute link (canonical, OpenGraph, JSON-LD, feeds,
 * sitemaps): {@code gazette.base-url}, required behind a proxy. Never taken from a request's Host or
 * X-Forwarded-Host, which would put any caller's host into pages that caches keep. Unset, it is
 * {@code http://localhost:<port>} (or server.address).
 */
@Component
public class SiteAddress {

    private static final Logger log = LoggerFactory.getLogger(SiteAddress.class);

    private final String configured;
    private final Environment environment;

    SiteAddress(@Value("${gazette.base-url:}") String baseUrl, Environment environment) {
        this.configured = baseUrl.isBlank() ? null : validated(baseUrl.strip());
        this.environment = environment;
        if (configured == null) {
            log.info("gazette.base-url is not set: absolute links name this machine; set it behind a proxy");
        }
    }

    /** Scheme, host, port and context path, without a trailing slash. */
    public String base() {
        if (configured != null) {
            return configured;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String address = environment.getProperty("server.address", "");
        String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::")
                ? "localhost"
                : address.contains(":") ? "[" + address + "]" : address;
        return "http://" + host + ":" + port + environment.getProperty("server.servlet.context-path", "");
    }

    private static String validated(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(
                        "gazette.base-url must be an http(s) URL without query, e.g. https://news.example.org");
            }
            return url.replaceAll("/+$", "");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("gazette.base-url is not a URL: " + e.getMessage(), e);
        }
    }
}
