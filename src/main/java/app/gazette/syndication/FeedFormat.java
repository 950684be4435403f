package app.gazette.syndication;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/** Atom 1.0 or RSS 2.0: ROME's feed type and the media type it is served as. */
public enum FeedFormat {
    ATOM("atom_1.0", new MediaType("application", "atom+xml", StandardCharsets.UTF_8)),
    RSS("rss_2.0", new MediaType("application", "rss+xml", StandardCharsets.UTF_8));

    private final String romeType;
    private final MediaType mediaType;

    FeedFormat(String romeType, MediaType mediaType) {
        this.romeType = romeType;
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The feed as XML text in this format; its "self" link is where RSS readers find it too. */
    public String write(SyndFeed feed) {
        feed.setFeedType(romeType);
        feed.setEncoding(StandardCharsets.UTF_8.name());
        WireFeed wire = feed.createWireFeed();
        if (wire instanceof Channel channel) {
            RssChannels.tidy(channel, self(feed));
        }
        try {
            return new WireFeedOutput().outputString(wire);
        } catch (FeedException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
    }

    private static String self(SyndFeed feed) {
        return feed.getLinks().stream()
                .filter(link -> "self".equals(link.getRel()))
                .map(SyndLink::getHref)
                .findFirst()
                .orElse(null);
    }
}
