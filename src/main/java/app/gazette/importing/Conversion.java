package app.gazette.importing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Foreign HTML as Gazette stores it: Markdown for articles, plain text for comments. */
final class Conversion {

    private Conversion() {
    }

    /** Markdown whose raw HTML the renderer's allow-list sanitises, as it does an editor's. */
    static String articleMarkdown(String html, ExportFormat format) {
        return html.strip();
    }

    /** The comment's text, paragraphs and line breaks kept. */
    static String commentText(String html) {
        Document document = Jsoup.parseBodyFragment(html.replace("\n", " "));
        document.select("br").after("\\n");
        document.select("p").before("\\n\\n");
        return document.body().text().replace("\\n", "\n").replaceAll(" *\n *", "\n").strip();
    }
}
