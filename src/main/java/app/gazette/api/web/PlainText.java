package app.gazette.api.web;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** An article's HTML as plain text: paragraphs and other blocks apart by a blank line, line breaks kept. */
final class PlainText {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "blockquote",
            "pre",
            "figure",
            "figcaption",
            "table",
            "tr",
            "ul",
            "ol",
            "hr",
            "div");

    private PlainText() {}

    static String of(String html) {
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words) {
                    Element parent = words.parent();
                    boolean preformatted = parent != null && parent.closest("pre") != null;
                    text.append(preformatted ? words.getWholeText() : words.text());
                } else if (node instanceof Element element
                        && element.normalName().equals("br")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append("\n\n");
                }
            }
        });
        return text.toString()
                .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
