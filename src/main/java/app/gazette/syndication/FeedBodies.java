package app.gazette.syndication;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article bodies as feed readers need them: a feed is read away from the site, so site-relative
 * addresses in links, pictures and {@code srcset}s ({@code /media/…}, {@code /labels/…}) are made
 * absolute against the site's base. Absolute and protocol-relative addresses stay as they are.
 */
final class FeedBodies {

    private FeedBodies() {}

    static String absolute(String html, String base) {
        if (html == null || !html.contains("=\"/")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element element : doc.select("[href], [src]")) {
            for (String name : new String[] {"href", "src"}) {
                if (element.hasAttr(name)) {
                    element.attr(name, resolve(element.attr(name), base));
                }
            }
        }
        for (Element element : doc.select("[srcset]")) {
            String srcset = Arrays.stream(element.attr("srcset").split(","))
                    .map(String::strip)
                    .map(candidate -> resolve(candidate, base))
                    .collect(Collectors.joining(", "));
            element.attr("srcset", srcset);
        }
        return doc.body().html();
    }

    private static String resolve(String url, String base) {
        return url.startsWith("/") && !url.startsWith("//") ? base + url : url;
    }
}
