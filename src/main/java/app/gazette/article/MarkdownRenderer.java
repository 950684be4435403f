package app.gazette.article;

import app.gazette.media.MediaLibrary;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Markdown to HTML with commonmark, then through a jsoup allow-list: what readers get is safe. The
 * images are dressed after the cleaning ({@link BodyPictures}), so no author writes srcset or figures.
 */
@Component
public class MarkdownRenderer {

    /** The longest Markdown body Gazette keeps (imports and restores; the editor takes less). */
    public static final int MAX_MARKDOWN = 2_000_000;

    static final int SUMMARY_LENGTH = 300;
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    private static final String BASE = "https://gazette.invalid/";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;
    private final BodyPictures pictures;

    public MarkdownRenderer(MediaLibrary library) {
        this.pictures = new BodyPictures(library);
        List<Extension> extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
        this.cleaner = new Cleaner(safelist());
    }

    /** What readers' pages may hold; the importer cleans foreign HTML to it before turning it into Markdown. */
    public static Safelist safelist() {
        return new Safelist()
                .addTags(
                        "h1",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6",
                        "p",
                        "br",
                        "hr",
                        "ul",
                        "ol",
                        "li",
                        "a",
                        "img",
                        "code",
                        "pre",
                        "blockquote",
                        "em",
                        "strong",
                        "del",
                        "sup",
                        "sub",
                        "table",
                        "thead",
                        "tbody",
                        "tr",
                        "th",
                        "td")
                .addAttributes("a", "href", "title")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addAttributes("ol", "start")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
    }

    /** The body of an article without a featured image: its first picture is above the fold. */
    public RenderedBody render(String markdown) {
        return render(markdown, false);
    }

    /**
     * The body of an article; with {@code featuredImage} the featured picture shown above the body is
     * the one loaded first, and every body picture loads lazily.
     */
    public RenderedBody render(String markdown, boolean featuredImage) {
        String html = renderer.render(parser.parse(markdown));
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html, BASE));
        clean.outputSettings().prettyPrint(false);
        dropHiddenSchemes(clean);
        for (Element link : clean.select("a[href~=(?i)^(https?:)?//]")) {
            link.attr("rel", "noopener");
        }
        scrollingTables(clean);
        String firstParagraph = firstParagraph(clean);
        List<String> remote = pictures.dress(clean, featuredImage);
        return new RenderedBody(clean.body().html(), firstParagraph, remote);
    }

    /**
     * Each table in a box of its own that scrolls sideways on a narrow screen (gazette.css
     * .table-scroll): focusable, so keyboards scroll it, and named by its headers for screen readers.
     * Added after the cleaning: authors cannot write the box.
     */
    private static void scrollingTables(Document doc) {
        for (Element table : doc.select("table")) {
            Element box = new Element("div").addClass("table-scroll").attr("tabindex", "0");
            String headers = String.join(", ", table.select("thead th").eachText());
            if (!headers.isBlank()) {
                box.attr("role", "region").attr("aria-label", headers);
            }
            table.before(box);
            box.appendChild(table);
        }
    }

    /**
     * jsoup keeps "jav&#9;ascript:x" as a relative link, but browsers drop tabs and newlines from URLs
     * and would run it: a URL whose scheme, read as a browser reads it, is not allowed goes.
     */
    private static void dropHiddenSchemes(Document doc) {
        for (Element element : doc.select("[href], [src]")) {
            for (String name : new String[] {"href", "src"}) {
                String url =
                        element.attr(name).replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
                int colon = url.indexOf(':');
                int path = url.replaceAll("[?#].*", "").indexOf('/');
                if (element.hasAttr(name)
                        && colon >= 0
                        && (path < 0 || colon < path)
                        && !ALLOWED_SCHEMES.contains(url.substring(0, colon))) {
                    element.removeAttr(name);
                }
            }
        }
    }

    /** The first top-level paragraph with text (not a quote, not an image alone). */
    private static String firstParagraph(Document doc) {
        String text = doc.body().children().stream()
                .filter(element -> element.nameIs("p") && !element.text().isBlank())
                .map(Element::text)
                .findFirst()
                .orElse(doc.body().text());
        return abbreviate(text, SUMMARY_LENGTH);
    }

    /** At most max characters: cut at a word boundary where one is near, then "…". */
    static String abbreviate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        String cut = text.substring(0, end);
        int space = cut.lastIndexOf(' ');
        if (!Character.isWhitespace(text.charAt(end)) && space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "…";
    }
}
