package app.gazette.article;

import app.gazette.site.SiteAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Plain share links to an article's absolute address: no script, pixel or picture from the services.
 * Values are percent-encoded with %20 for spaces, which mail clients read as well as web pages.
 */
@Component
public class ShareLinks {

    private final SiteAddress address;

    ShareLinks(SiteAddress address) {
        this.address = address;
    }

    /** A service (its message key is "share." + service) and the address that shares there. */
    public record ShareLink(String service, String href) {}

    /** The absolute address and the links, email first. */
    public record Share(String url, String title, List<ShareLink> links) {}

    public Share of(ArticleView article) {
        String url = address.base() + article.permalink();
        String u = encode(url);
        String title = encode(article.title());
        String both = encode(article.title() + " " + url);
        return new Share(
                url,
                article.title(),
                List.of(
                        new ShareLink("email", "mailto:?subject=" + title + "&body=" + u),
                        new ShareLink("x", "https://twitter.com/intent/tweet?text=" + title + "&url=" + u),
                        new ShareLink("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                        new ShareLink("linkedin", "https://www.linkedin.com/sharing/share-offsite/?url=" + u),
                        new ShareLink("whatsapp", "https://wa.me/?text=" + both),
                        new ShareLink("bluesky", "https://bsky.app/intent/compose?text=" + both),
                        new ShareLink("mastodon", "https://mastodonshare.com/?text=" + title + "&url=" + u)));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
