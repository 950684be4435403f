package app.gazette.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void blocksAreApartByABlankLineAndBreaksKept() {
        assertThat(PlainText.of(
                        "<h2>Title</h2>\n<p>One <em>two</em>\nthree</p>\n<ul><li>a</li><li>b</li></ul><p>x<br>\ny</p>"))
                .isEqualTo("Title\n\nOne two three\n\na\n\nb\n\nx\ny");
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertThat(PlainText.of("<pre><code>a\nb</code></pre>")).isEqualTo("a\nb");
    }

    @Test
    void entitiesAreText() {
        assertThat(PlainText.of("<p>Tom &amp; Jerry&#39;s &lt;day&gt;</p>")).isEqualTo("Tom & Jerry's <day>");
    }
}
