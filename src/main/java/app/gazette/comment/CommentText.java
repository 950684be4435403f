package app.gazette.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A reader's comment as HTML: plain text, escaped; paragraphs at blank lines, {@code <br>} at
 * single line breaks, and http(s) URLs linked with rel="nofollow ugc noopener". URLs are found in
 * the raw text and every part is added through jsoup, which escapes text and attributes.
 */
public final class CommentText {

    public static final String REL = "nofollow ugc noopener";
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\n\\h*(?:\n\\h*)+");
    private static final String TRAILING = ".,;:!?'\"*";

    private CommentText() {}

    /** The comment as HTML, safe to insert into a page unescaped. */
    public static String toHtml(String body) {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        Element root = document.appendElement("div");
        String text = body.replace("\r\n", "\n").replace('\r', '\n').strip();
        for (String paragraph : BLANK_LINES.split(text)) {
            if (paragraph.isBlank()) {
                continue;
            }
            Element p = root.appendElement("p");
            String[] lines = paragraph.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.appendElement("br");
                }
                appendLine(p, lines[i]);
            }
        }
        return root.html();
    }

    /** The http(s) URLs in a comment, as they would be linked. */
    public static List<String> links(String body) {
        List<String> links = new ArrayList<>();
        Matcher matcher = URL.matcher(body);
        while (matcher.find()) {
            String url = trimEnd(matcher.group());
            if (isLink(url)) {
                links.add(url);
            }
        }
        return links;
    }

    private static void appendLine(Element parent, String line) {
        Matcher matcher = URL.matcher(line);
        int at = 0;
        while (matcher.find()) {
            String url = trimEnd(matcher.group());
            if (!isLink(url)) {
                continue;
            }
            parent.appendText(line.substring(at, matcher.start()));
            parent.appendElement("a").attr("href", url).attr("rel", REL).text(url);
            at = matcher.start() + url.length();
        }
        parent.appendText(line.substring(at));
    }

    /** Leaves out punctuation that ends a sentence, and a ")" or "]" that closes text around the URL. */
    static String trimEnd(String url) {
        String trimmed = url;
        while (!trimmed.isEmpty()) {
            char last = trimmed.charAt(trimmed.length() - 1);
            boolean unbalanced = last == ')' && count(trimmed, '(') < count(trimmed, ')')
                    || last == ']' && count(trimmed, '[') < count(trimmed, ']');
            if (TRAILING.indexOf(last) < 0 && !unbalanced) {
                break;
            }
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** A URL with something after the scheme's "//" worth linking. */
    private static boolean isLink(String url) {
        int host = url.indexOf("//") + 2;
        return host < url.length() && Character.isLetterOrDigit(url.codePointAt(host));
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
