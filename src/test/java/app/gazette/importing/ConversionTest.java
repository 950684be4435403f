package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.MarkdownRenderer;
import app.gazette.support.Corpora;
import app.gazette.support.FakeMedia;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConversionTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(new FakeMedia.Library());

    private String rendered(String html, ExportFormat format) {
        return renderer.render(Conversion.articleMarkdown(html, format)).html().replace("\n", "");
    }

    @Test
    void bloggerDoubleBreaksBecomeParagraphsAndSingleOnesStayBreaks() {
        assertThat(rendered(
                        "The council met.<br /><br />It voted <a href=\"https://example.org/m\">seven to two"
                                + "</a>.<br />The mayor abstained.",
                        ExportFormat.BLOGGER))
                .isEqualTo("<p>The council met.</p><p>It voted <a href=\"https://example.org/m\" rel=\"noopener\">"
                        + "seven to two</a>.<br>The mayor abstained.</p>");
    }

    @Test
    void wordpressBlankLinesBecomeParagraphsAndLineBreaksBreaks() {
        assertThat(rendered(
                        "The council met.\n\nIt voted.\nThe mayor abstained.\n<ul>\n<li>one</li>\n</ul>",
                        ExportFormat.WORDPRESS))
                .isEqualTo("<p>The council met.</p><p>It voted.<br>The mayor abstained.</p>" + "<ul><li>one</li></ul>");
    }

    @Test
    void wordpressPreformattedTextKeepsItsLines() {
        assertThat(Conversion.autop("Code:\n\n<pre>a\n\nb</pre>\n\nDone"))
                .isEqualTo("<p>Code:</p>\n\n<pre>a\n\nb</pre>" + "\n\n<p>Done</p>");
    }

    @Test
    void wordpressCaptionShortcodeLeavesItsImage() {
        assertThat(rendered(
                        "[caption id=\"attachment_7\" align=\"alignnone\" width=\"300\"]<img src=\"https://"
                                + "example.org/bridge.jpg\" alt=\"The bridge\" /> The bridge[/caption]",
                        ExportFormat.WORDPRESS))
                .isEqualTo("<p><img src=\"https://example.org/bridge.jpg\" alt=\"The bridge\" loading=\"eager\""
                        + " fetchpriority=\"high\" decoding=\"async\"> The bridge</p>");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void headingsListsQuotesImagesAndLinksSurvive(ExportFormat format) {
        String html = rendered(
                "<h2>Bridge</h2><p>Read <a href=\"https://example.org/a\">the plan</a> and "
                        + "<a href=\"/2024/05/older.html\">the older post</a>.</p><ol><li>first</li><li>second</li></ol>"
                        + "<ul><li>a</li></ul><blockquote><p>We will build it.</p></blockquote>"
                        + "<p><img src=\"https://example.org/b.jpg\" alt=\"Bridge\"></p><p><strong>Bold</strong> "
                        + "<em>italic</em></p>",
                format);

        assertThat(html)
                .isEqualTo("<h2>Bridge</h2><p>Read <a href=\"https://example.org/a\" rel=\"noopener\">the "
                        + "plan</a> and <a href=\"/2024/05/older.html\">the older post</a>.</p><ol><li>first</li>"
                        + "<li>second</li></ol><ul><li>a</li></ul><blockquote><p>We will build it.</p></blockquote>"
                        + "<figure><img src=\"https://example.org/b.jpg\" alt=\"Bridge\" loading=\"eager\""
                        + " fetchpriority=\"high\" decoding=\"async\"></figure><p><strong>Bold</strong> "
                        + "<em>italic</em></p>");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksAreGone() {
        String markdown = Conversion.articleMarkdown(
                "<p>Hi<script>alert(1)</script></p><img src=x onerror="
                        + "\"alert(2)\"><a href=\"javascript:alert(3)\">click</a><style>p{}</style>",
                ExportFormat.BLOGGER);

        assertThat(markdown).doesNotContain("alert", "script", "onerror", "javascript", "p{}");
        assertThat(renderer.render(markdown).html()).contains("Hi", "click");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void noXssCorpusEntrySurvivesConversionAndRendering(ExportFormat format) {
        for (String file : Corpora.XSS) {
            for (String entry : Corpora.entries(file)) {
                String html = rendered(entry, format).toLowerCase(Locale.ROOT);
                assertThat(html)
                        .as(entry)
                        .doesNotContain("<script", "<iframe", "<svg", "<style", "<object")
                        .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=")
                        .doesNotContainPattern("(href|src)=\"\\s*" + "(javascript|vbscript|data|livescript):");
            }
        }
    }

    @Test
    void bloggerCommentKeepsLinesAndLinkAddresses() {
        assertThat(Conversion.commentText(
                        "Finally!<br />About time.<br /><br />See <a href=\"https://example.org/"
                                + "m\">the minutes</a> or https://example.org/n &amp; more.<script>x()</script>",
                        ExportFormat.BLOGGER))
                .isEqualTo("Finally!\nAbout time.\n\nSee the minutes (https://example.org/m) or "
                        + "https://example.org/n & more.");
    }

    @Test
    void wordpressCommentLineBreaksAreInItsText() {
        assertThat(Conversion.commentText(
                        "Finally!\nAbout time.\n\n<b>Agreed</b> with <a href=\"https://x.example/\">"
                                + "https://x.example/</a>",
                        ExportFormat.WORDPRESS))
                .isEqualTo("Finally!\nAbout time.\n\nAgreed with https://x.example/");
    }
}
