package app.gazette.shared;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * A feed a page announces in its head, besides the site's own: the title is a message of
 * syndication.properties taking the site's title and {@code argument}.
 */
public record FeedLink(String titleKey, String argument, String href) {

    public static FeedLink label(String name) {
        return new FeedLink("feeds.link.label", name, LabelLink.of(name).url() + "/feed.atom");
    }

    public static FeedLink author(String username, String displayName) {
        return new FeedLink("feeds.link.author", displayName, authorPage(username) + "/feed.atom");
    }

    /** The author's page, as AuthorController serves it. */
    public static String authorPage(String username) {
        return "/author/" + UriUtils.encodePathSegment(username, StandardCharsets.UTF_8);
    }

    public static FeedLink articleComments(String permalink, String title) {
        return new FeedLink("feeds.link.articleComments", title, permalink + "/feed.atom");
    }
}
