package app.gazette.importing;

import app.gazette.article.MarkdownRenderer;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeVisitor;

/**
 * Foreign HTML as Gazette stores it. Articles become Markdown (flexmark's HTML converter) after the
 * HTML is cleaned to the renderer's own allow-list, so scripts, styles and event handlers are gone
 * before conversion and the renderer sanitises the result again like an editor's. Comments become
 * plain text: Gazette comments are text.
 */
final class Conversion {

    private static final String BASE = "https://gazette.invalid/";
    private static final String BLOCKS = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol"
            + "|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article"
            + "|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";
    private static final Pattern BLOCK_START = Pattern.compile("(?i)^(?:<!--|</?" + BLOCKS + "[\\s/>])");
    private static final Pattern PRE = Pattern.compile("(?is)<pre[\\s>].*?</pre>");
    private static final Pattern CAPTION = Pattern.compile("(?i)\\[/?caption[^\\]]*\\]");
    private static final Set<String> TEXT_BLOCKS = Set.of(
            "p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr");
    private static final char KEPT_NEWLINE = '\u0001';
    private static final Cleaner CLEANER = new Cleaner(MarkdownRenderer.safelist());
    private static final FlexmarkHtmlConverter TO_MARKDOWN = FlexmarkHtmlConverter.builder(
                    new MutableDataSet().set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false))
            .build();

    private Conversion() {}

    /** Markdown for an article: paragraphs, links, lists, images, quotes and headings kept. */
    static String articleMarkdown(String html, ExportFormat format) {
        String source =
                format == ExportFormat.WORDPRESS ? autop(CAPTION.matcher(html).replaceAll("")) : html;
        Document clean = CLEANER.clean(Jsoup.parseBodyFragment(source, BASE));
        clean.outputSettings().prettyPrint(false); // its line breaks would read as paragraph breaks
        return TO_MARKDOWN.convert(clean.body().html()).strip();
    }

    /**
     * WordPress stores posts without paragraphs and adds them when it shows one (wpautop): a blank
     * line ends a paragraph, a single line break is a {@code <br>}, block elements stand alone and
     * {@code <pre>} is left as it is.
     */
    static String autop(String html) {
        String text = html.replace("\r\n", "\n").replace('\r', '\n');
        Matcher pre = PRE.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (pre.find()) {
            pre.appendReplacement(kept, Matcher.quoteReplacement(pre.group().replace('\n', KEPT_NEWLINE)));
        }
        text = pre.appendTail(kept)
                .toString()
                .replaceAll("(?i)(<" + BLOCKS + "[\\s/>])", "\n\n$1")
                .replaceAll("(?i)(</" + BLOCKS + ">)", "$1\n\n");
        StringBuilder out = new StringBuilder();
        for (String chunk : text.split("\n\\s*\n")) {
            String part = chunk.strip();
            if (part.isEmpty()) {
                continue;
            }
            out.append(
                            BLOCK_START.matcher(part).find()
                                    ? part
                                    : "<p>" + part.replaceAll("\\s*\n\\s*", "<br />") + "</p>")
                    .append("\n\n");
        }
        return out.toString().replace(KEPT_NEWLINE, '\n').strip();
    }

    /**
     * The comment's text: paragraphs and line breaks kept (a WordPress comment's line breaks are in
     * its text, a Blogger comment's are {@code <br>}s), a link's address after its words.
     */
    static String commentText(String html, ExportFormat format) {
        String source = format == ExportFormat.WORDPRESS ? autop(html) : html;
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(source, BASE).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && element.nameIs("br")) {
                    text.append('\n');
                } else if (node instanceof Element element && TEXT_BLOCKS.contains(element.normalName())) {
                    text.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.nameIs("a")) {
                    String href = element.absUrl("href");
                    if (href.matches("(?i)https?://.+")
                            && !href.equals(element.text().strip())
                            && !href.startsWith(BASE)) {
                        text.append(" (").append(href).append(')');
                    }
                } else if (node instanceof Element element && TEXT_BLOCKS.contains(element.normalName())) {
                    text.append("\n\n");
                }
            }
        });
        return text.toString()
                .replaceAll("[ \\t\\u00a0]*\n[ \\t\\u00a0]*", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }
}
