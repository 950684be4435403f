package app.gazette.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CommentTextTest {

    private static final String REL = "rel=\"nofollow ugc noopener\"";

    @Test
    void paragraphsSplitAtBlankLinesAndSingleLineBreaksBecomeBr() {
        assertThat(CommentText.toHtml("One\ntwo\r\nthree\r\n\r\nFour\n  \n\n Five \r\rSix\n"))
                .isEqualTo("<p>One<br>two<br>three</p><p>Four</p><p>Five </p><p>Six</p>");
    }

    @Test
    void htmlFromCommentersIsEscapedNeverMarkup() {
        String html = CommentText.toHtml("<script>alert(1)</script> & <img src=x onerror=alert(1)> \"q\" 'a'");

        assertThat(html)
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;"
                        + " \"q\" 'a'</p>");
        assertThat(Jsoup.parseBodyFragment(html).select("script, img")).isEmpty();
    }

    @Test
    void httpAndHttpsUrlsAreLinkedWithNofollowUgcNoopener() {
        assertThat(CommentText.toHtml("See https://example.org/a?b=1&c=2 and HTTP://Example.org/x"))
                .isEqualTo("<p>See <a href=\"https://example.org/a?b=1&amp;c=2\" " + REL
                        + ">https://example.org/a?b=1&amp;c=2</a> and <a href=\"HTTP://Example.org/x\" " + REL
                        + ">HTTP://Example.org/x</a></p>");
    }

    @Test
    void javascriptAndOtherSchemesAreNeverLinks() {
        String html = CommentText.toHtml("javascript:alert(1) JAVASCRIPT://x data:text/html,<b>x</b>"
                + " ftp://example.org mailto:a@example.org http:// https://");

        assertThat(Jsoup.parseBodyFragment(html).select("a")).isEmpty();
        assertThat(html).doesNotContain("<b>");
    }

    @Test
    void aJavascriptUrlWrappingAnHttpUrlLinksOnlyTheHttpPart() {
        Element link = onlyLink("javascript:alert(1)//http://example.org/");

        assertThat(link.attr("href")).isEqualTo("http://example.org/");
    }

    @Test
    void quotesAndAnglesCannotBreakOutOfTheHref() {
        String html = CommentText.toHtml(
                "http://example.org/\"onmouseover=\"alert(1) https://e.org/<script>x" + " https://e.org/it's");
        Document parsed = Jsoup.parseBodyFragment(html);

        assertThat(parsed.select("a").eachAttr("href"))
                .containsExactly("http://example.org/", "https://e.org/", "https://e.org/it's");
        assertThat(parsed.select("a[onmouseover], script")).isEmpty();
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void trailingPunctuationIsNotPartOfTheLink() {
        assertThat(onlyLink("Read https://example.org/page.").attr("href")).isEqualTo("https://example.org/page");
        assertThat(onlyLink("(see https://example.org/page)").attr("href")).isEqualTo("https://example.org/page");
        assertThat(onlyLink("https://example.org/?q=1!?\"',;:").attr("href")).isEqualTo("https://example.org/?q=1");
        assertThat(onlyLink("[https://example.org/x]").attr("href")).isEqualTo("https://example.org/x");
        assertThat(CommentText.toHtml("(see https://example.org/page).")).endsWith("</a>).</p>");
    }

    @Test
    void balancedParenthesesStayInTheLink() {
        assertThat(onlyLink("https://en.wikipedia.org/wiki/Gazette_(newspaper).")
                        .attr("href"))
                .isEqualTo("https://en.wikipedia.org/wiki/Gazette_(newspaper)");
    }

    @Test
    void linksAreCountedAsTheyWouldBeLinked() {
        assertThat(CommentText.links("a http://one.example, b https://two.example/x. javascript:three http://"))
                .containsExactly("http://one.example", "https://two.example/x");
    }

    private static Element onlyLink(String text) {
        var links = Jsoup.parseBodyFragment(CommentText.toHtml(text)).select("a");
        assertThat(links).hasSize(1);
        assertThat(links.get(0).attr("rel")).isEqualTo("nofollow ugc noopener");
        return links.get(0);
    }
}
