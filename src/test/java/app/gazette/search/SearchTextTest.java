package app.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Query normalising, tokenising, LIKE escaping and snippets, without a database. */
class SearchTextTest {

    @Test
    void queryIsStrippedOfControlCharactersAndCutAt200Characters() {
        assertThat(SearchQuery.of(null).isEmpty()).isTrue();
        assertThat(SearchQuery.of(" \t\n ").isEmpty()).isTrue();
        assertThat(SearchQuery.of("a\u0000b\rc").text()).isEqualTo("a b c");
        assertThat(SearchQuery.of("x".repeat(250)).text()).hasSize(200);
        String emoji = "x".repeat(199) + "\uD83D\uDE00";
        assertThat(SearchQuery.of(emoji).text()).isEqualTo("x".repeat(199));
    }

    @Test
    void wordsAreDistinctLowerCaseRunsOfLettersAndDigits() {
        assertThat(H2Search.words("\"Vote\" OR -vote 2019 _x% Ünïcode"))
                .containsExactly("vote", "or", "2019", "x", "ünïcode");
        assertThat(H2Search.words("%_*!")).isEmpty();
        assertThat(H2Search.words("a b c d e f g h i j k l")).hasSize(H2Search.MAX_WORDS);
    }

    @Test
    void likeWildcardsAreEscaped() {
        assertThat(H2Search.escapeLike("100%_\\")).isEqualTo("100\\%\\_\\\\");
    }

    @Test
    void snippetIsCutAroundTheFirstHitAndMarksEveryHit() {
        String text = "word ".repeat(100) + "the Vote and the vote again " + "tail ".repeat(100);

        String snippet = H2Search.snippet(text, Pattern.compile("vote", Pattern.CASE_INSENSITIVE));

        assertThat(snippet).startsWith("… ").endsWith(" …").contains("\u0002Vote\u0003", "\u0002vote\u0003");
        assertThat(snippet.length()).isLessThan(H2Search.SNIPPET_LENGTH + 10);
    }

    @Test
    void markersBecomeBalancedMarkElementsAndEverythingElseIsEscaped() {
        assertThat(Snippets.toHtml("<a href='x'>&\u0002b\u0003\u0003\u0002c"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;<mark>b</mark><mark>c</mark>");
    }

    @Test
    void plainTextDropsLinkTargetsEmphasisAndStrayMarkers() {
        assertThat(Snippets.plainText("Lede.", "**Bold** [report](https://x.org/a) \u0002x\u0003 ![img](i.png)"))
                .isEqualTo("Lede. Bold report x img");
    }
}
