package app.gazette.syndication;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * What ROME's RSS 2.0 leaves to do for the feed validator: the feed's own address as
 * {@code atom:link rel="self"}, and no {@code dc:date} or {@code dc:language} repeating
 * {@code pubDate} and {@code language} (ROME keeps both; {@code dc:creator} stays, RSS's author
 * wants an email address).
 */
final class RssChannels {

    static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private RssChannels() {}

    static void tidy(Channel channel, String selfUrl) {
        withoutRepeats(channel.getModules());
        for (Item item : channel.getItems()) {
            withoutRepeats(item.getModules());
        }
        if (selfUrl != null) {
            Element self = new Element("link", ATOM)
                    .setAttribute("href", selfUrl)
                    .setAttribute("rel", "self")
                    .setAttribute("type", "application/rss+xml");
            List<Element> markup = new ArrayList<>(channel.getForeignMarkup());
            markup.add(self);
            channel.setForeignMarkup(markup);
        }
    }

    private static void withoutRepeats(List<Module> modules) {
        for (Module module : modules) {
            if (module instanceof DCModule dc) {
                dc.setDates(List.of());
                dc.setLanguages(List.of());
            }
        }
    }
}
