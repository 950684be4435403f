package app.gazette.media.store;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The URL readers fetch a key from: under {@code gazette.media.public-base-url} when it is set (a CDN
 * or the bucket's public URL), else this site's {@code /media/} path.
 */
@Component
public class MediaUrls {

    public static final String PATH = "/media/";

    private final String base;

    public MediaUrls(MediaProperties media) {
        String configured = media.publicBaseUrl();
        this.base = StringUtils.hasText(configured) ? configured.strip().replaceAll("/+$", "") + "/" : PATH;
    }

    public String of(String key) {
        return base + MediaKeys.requireValid(key);
    }

    /** The key a URL made by {@link #of} (or this site's /media/ path) names; empty for any other URL. */
    public Optional<String> keyOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.strip().replaceAll("[?#].*", "");
        String prefix = path.startsWith(base) ? base : path.startsWith(PATH) ? PATH : null;
        return Optional.ofNullable(prefix).map(p -> path.substring(p.length())).filter(MediaKeys::isValid);
    }
}
