package app.gazette.syndication;

import app.gazette.article.FeaturedView;
import app.gazette.media.MediaSize;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * An article's featured picture in its feed entry: an enclosure (Atom {@code link rel="enclosure"},
 * RSS {@code enclosure}) and a Media RSS {@code media:content} with its size and alt text, both
 * naming the file at least {@value #WIDTH} px wide (else the master) by an absolute URL.
 */
final class FeedPictures {

    static final Namespace MEDIA = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");
    static final int WIDTH = 1200;

    private FeedPictures() {}

    static void attach(SyndEntry entry, FeaturedView featured, String base) {
        if (featured == null) {
            return;
        }
        MediaSize file = featured.picture().atLeast(WIDTH);
        String url = absolute(file.url(), base);
        SyndEnclosure enclosure = new SyndEnclosureImpl();
        enclosure.setUrl(url);
        enclosure.setType(file.contentType());
        enclosure.setLength(file.bytes());
        entry.setEnclosures(List.of(enclosure));
        Element content = new Element("content", MEDIA)
                .setAttribute("url", url)
                .setAttribute("type", file.contentType())
                .setAttribute("medium", "image")
                .setAttribute("fileSize", Long.toString(file.bytes()))
                .setAttribute("width", Integer.toString(file.width()))
                .setAttribute("height", Integer.toString(file.height()));
        if (featured.alt() != null && !featured.alt().isBlank()) {
            content.addContent(new Element("description", MEDIA)
                    .setAttribute("type", "plain")
                    .setText(featured.alt()));
        }
        List<Element> markup = new ArrayList<>(entry.getForeignMarkup());
        markup.add(content);
        entry.setForeignMarkup(markup);
    }

    /** Media URLs are this site's paths ({@code /media/…}) or already absolute (a CDN). */
    static String absolute(String url, String base) {
        if (url.startsWith("//")) {
            return URI.create(base).getScheme() + ":" + url;
        }
        return url.startsWith("/") ? base + url : url;
    }
}
