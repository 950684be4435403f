package app.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.support.FakeMedia;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(new FakeMedia.Library());

    private Document render(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown).html());
    }

    /** Fails unless the HTML has no script-capable element, no on* attribute and no dangerous URL. */
    static void assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, iframe, style, object, embed, svg, frame, base, meta, link, form"))
                .as("dangerous elements in %s", html)
                .isEmpty();
        for (Element element : doc.body().getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(key)
                        .as("attribute of <%s> in %s", element.tagName(), html)
                        .doesNotStartWith("on");
                if (key.equals("href") || key.equals("src") || key.equals("srcset") || key.equals("action")) {
                    // browsers ignore whitespace and control characters inside a URL scheme
                    String url = attribute
                            .getValue()
                            .replaceAll("[\\p{Cntrl}\\s]", "")
                            .toLowerCase(Locale.ROOT);
                    assertThat(url)
                            .as("%s of <%s> in %s", key, element.tagName(), html)
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:");
                }
            }
        }
    }

    @Test
    void safetyHelperCatchesWhatItLooksFor() {
        assertThatThrownBy(() -> assertSafe("<script>alert(1)</script>")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertSafe("<img src=x onerror=alert(1)>")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertSafe("<a href=\"jav&#x09;ascript:alert(1)\">x</a>"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertSafe("<img src=\"DATA:image/png;base64,AA\">"))
                .isInstanceOf(AssertionError.class);
        assertSafe("<p><a href=\"https://example.org/\">fine</a></p>");
    }

    @Test
    void blockElementsRender() {
        Document doc = render("# Title\n\n## Sub\n\nA paragraph.\n\n- one\n- two\n\n1. first\n2. second\n\n"
                + "> quoted\n\n```\nline <b>1</b>\n```\n\n---");
        assertThat(doc.select("h1").text()).isEqualTo("Title");
        assertThat(doc.select("h2").text()).isEqualTo("Sub");
        assertThat(doc.select("body > p").first().text()).isEqualTo("A paragraph.");
        assertThat(doc.select("ul > li").eachText()).containsExactly("one", "two");
        assertThat(doc.select("ol > li").eachText()).containsExactly("first", "second");
        assertThat(doc.select("blockquote > p").text()).isEqualTo("quoted");
        assertThat(doc.select("pre > code").first().wholeText()).isEqualTo("line <b>1</b>\n");
        assertThat(doc.select("pre b")).isEmpty();
        assertThat(doc.select("hr")).hasSize(1);
    }

    @Test
    void inlineElementsRender() {
        Document doc = render("Some *emphasis*, **strong** and `x < y` in it.");
        assertThat(doc.select("em").text()).isEqualTo("emphasis");
        assertThat(doc.select("strong").text()).isEqualTo("strong");
        assertThat(doc.select("code").text()).isEqualTo("x < y");
    }

    @Test
    void gfmTablesRenderWithAlignment() {
        Document doc = render("| Team | Goals |\n|:-----|------:|\n| Ayr | 3 |\n| Kent | 1 |");
        assertThat(doc.select("table > thead > tr > th").eachText()).containsExactly("Team", "Goals");
        assertThat(doc.select("table > tbody > tr")).hasSize(2);
        assertThat(doc.select("tbody td").eachText()).containsExactly("Ayr", "3", "Kent", "1");
        assertThat(doc.select("th").eachAttr("align")).containsExactly("left", "right");
    }

    @Test
    void eachTableScrollsInAFocusableBoxNamedByItsHeaders() {
        Document doc = render("| Stop | Timetable |\n|---|---|\n| Mill Lane | 07:10 |\n\nText\n\n| A |\n|---|\n| 1 |");
        assertThat(doc.select("div.table-scroll > table")).hasSize(2);
        Element box = doc.selectFirst("div.table-scroll");
        assertThat(box.attr("tabindex")).isEqualTo("0");
        assertThat(box.attr("role")).isEqualTo("region");
        assertThat(box.attr("aria-label")).isEqualTo("Stop, Timetable");
    }

    @Test
    void authorsCannotWriteTheTableBoxThemselves() {
        Document doc = render("<div class=\"table-scroll\" tabindex=\"0\" onfocus=\"x()\">boxed</div>");
        assertThat(doc.select("div, [tabindex], [onfocus]")).isEmpty();
        assertThat(doc.text()).isEqualTo("boxed");
    }

    @Test
    void linksAndImagesWithSafeUrlsSurvive() {
        Document doc = render("[web](https://example.org/a?b=c) [plain](http://example.org/) "
                + "[mail](mailto:desk@example.org) [old post](/2019/02/x) "
                + "![Harbour](https://example.org/h.png \"At dawn\")");
        assertThat(doc.select("a").eachAttr("href"))
                .containsExactly(
                        "https://example.org/a?b=c", "http://example.org/", "mailto:desk@example.org", "/2019/02/x");
        Element image = doc.selectFirst("img");
        assertThat(image.attr("src")).isEqualTo("https://example.org/h.png");
        assertThat(image.attr("alt")).isEqualTo("Harbour");
        assertThat(image.attr("title")).isEqualTo("At dawn");
    }

    @Test
    void externalHttpLinksGetNoopenerButOthersDoNot() {
        Document doc = render("[a](https://example.org/) [b](HTTP://example.org/) [c](/2019/02/x) "
                + "[d](mailto:desk@example.org)\n\n<a href=\"https://example.org/\" rel=\"opener\">e</a>");
        assertThat(doc.select("a").stream().map(a -> a.attr("rel")))
                .containsExactly("noopener", "noopener", "", "", "noopener");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>\n\nafter",
                "before <script>alert(1)</script> after",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</script>",
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<style>body { display: none }</style>",
                "x <STYLE>p{}</STYLE> y",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=x OnError=alert(1)>",
                "<a href=\"https://example.org/\" onclick=\"alert(1)\">x</a>",
                "<p onmouseover=alert(1)>x</p>",
                "<svg onload=alert(1)>",
                "<details open ontoggle=alert(1)>x</details>",
                "<object data=\"x\"></object><embed src=\"y\">",
                "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
                "<img srcset=\"javascript:alert(1)\" style=\"x\">",
            })
    void rawHtmlCannotRunScript(String markdown) {
        String html = renderer.render(markdown).html();
        assertSafe(html);
        assertThat(html).doesNotContainIgnoringCase("alert").doesNotContainIgnoringCase("<style");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](<javascript:alert(1)>)",
                "[x](jav&#x09;ascript:alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x][1]\n\n[1]: javascript:alert(1)",
                "[x](vbscript:msgbox(1))",
                "[x](VBScript:msgbox(1))",
                "[x](data:text/html;base64,PHNjcmlwdD4=)",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"  JAVASCRIPT:alert(1)\">x</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
                "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
                "<a href=\"javascript&colon;alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"DATA:text/html,<script>alert(1)</script>\">x</a>",
            })
    void dangerousLinkUrlsAreDroppedButTheLinkTextStays(String markdown) {
        String html = renderer.render(markdown).html();
        assertSafe(html);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a").text()).isEqualTo("x");
        assertThat(doc.select("a[href]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "![x](javascript:alert(1))",
                "![x](data:image/png;base64,iVBORw0KGgo=)",
                "![x](DaTa:image/svg+xml,<svg/onload=alert(1)>)",
                "![x](vbscript:msgbox(1))",
                "<img src=\"JAVASCRIPT:alert(1)\" alt=\"x\">",
                "<img src=\"jav&#x09;ascript:alert(1)\" alt=\"x\">",
                "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"x\">",
            })
    void dangerousImageUrlsAreDropped(String markdown) {
        String html = renderer.render(markdown).html();
        assertSafe(html);
        assertThat(Jsoup.parseBodyFragment(html).select("img[src]")).isEmpty();
    }

    @Test
    void markdownInsideCodeIsShownNotRun() {
        String html = renderer.render("`<script>alert(1)</script>`\n\n    <iframe></iframe>")
                .html();
        assertSafe(html);
        assertThat(Jsoup.parseBodyFragment(html).select("code").eachText())
                .containsExactly("<script>alert(1)</script>", "<iframe></iframe>");
    }

    @Test
    void firstParagraphIsPlainTextOfTheFirstParagraphNotAHeading() {
        RenderedBody body = renderer.render("# Storm hits coast\n\nThe *storm* reached [Ayr](https://example.org) "
                + "at dawn.\n\nSecond paragraph.");
        assertThat(body.firstParagraph()).isEqualTo("The storm reached Ayr at dawn.");
    }

    @Test
    void firstParagraphFallsBackToBodyTextWhenThereIsNoParagraph() {
        assertThat(renderer.render("# Only a heading").firstParagraph()).isEqualTo("Only a heading");
        assertThat(renderer.render("- one\n- two").firstParagraph()).isEqualTo("one two");
        assertThat(renderer.render("").firstParagraph()).isEmpty();
    }

    @Test
    void shortFirstParagraphIsKeptWhole() {
        String exactly = "a".repeat(MarkdownRenderer.SUMMARY_LENGTH);
        assertThat(renderer.render(exactly).firstParagraph()).isEqualTo(exactly);
    }

    @Test
    void longFirstParagraphIsAbbreviatedAtAWordBoundary() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() <= 400; i++) {
            text.append("word").append(i).append(' ');
        }
        String full = text.toString().strip();

        String summary = renderer.render(full + "\n\nNext paragraph.").firstParagraph();

        assertThat(summary).endsWith("…").hasSizeLessThanOrEqualTo(MarkdownRenderer.SUMMARY_LENGTH);
        String kept = summary.substring(0, summary.length() - 1);
        assertThat(full).startsWith(kept);
        assertThat(full.charAt(kept.length())).as("cut falls between words").isEqualTo(' ');
        assertThat(kept).doesNotEndWith(" ").hasSizeGreaterThan(MarkdownRenderer.SUMMARY_LENGTH / 2);
    }

    @Test
    void abbreviateCutsAKnownSentenceAtTheLastWholeWord() {
        assertThat(MarkdownRenderer.abbreviate("the quick brown fox jumps", 18)).isEqualTo("the quick brown…");
        assertThat(MarkdownRenderer.abbreviate("the quick brown fox", 20)).isEqualTo("the quick brown fox");
        assertThat(MarkdownRenderer.abbreviate("abcdefghijklmnopqrstuvwxyz", 10))
                .isEqualTo("abcdefghi…");
    }

    @Test
    void schemesHiddenByTabsOrNewlinesAreDroppedAsBrowsersWouldReadThem() {
        String html = renderer.render("<a href=\"jav&#x09;ascript:alert(1)\">a</a> <a href=\"java\nscript:x\">b</a>"
                        + " <img src=\"jav\tascript:alert(2)\"> <a href=\"/2019/02/ok\">c</a>")
                .html();

        assertThat(html).doesNotContain("ascript").contains("href=\"/2019/02/ok\"");
    }
}
