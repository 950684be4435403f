package app.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.FakeMedia;
import org.junit.jupiter.api.Test;

/** The summary shown on list pages when an article has no excerpt. */
class SummaryTest {

    final MarkdownRenderer renderer = new MarkdownRenderer(new FakeMedia.Library());

    @Test
    void skipsALeadingQuoteAndAnImageOnlyParagraph() {
        assertThat(renderer.render("> quoted\n\nreal para").firstParagraph()).isEqualTo("real para");
        assertThat(renderer.render("![only](https://example.org/i.png)\n\nSecond paragraph.")
                        .firstParagraph())
                .isEqualTo("Second paragraph.");
    }

    @Test
    void keepsAWholeLastWordThatFits() {
        assertThat(MarkdownRenderer.abbreviate("the quick brown fox jumps", 20)).isEqualTo("the quick brown fox…");
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        String summary = MarkdownRenderer.abbreviate("😀".repeat(200), 300);

        assertThat(summary).endsWith("😀…");
        assertThat(summary.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF))
                .isEmpty();
    }

    @Test
    void protocolRelativeLinksGetNoopenerToo() {
        assertThat(renderer.render("<a href=\"//example.org/x\">x</a>").html()).contains("rel=\"noopener\"");
    }
}
