package app.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Storm Hits Coast                  | storm-hits-coast
            Crème Brûlée & Straße             | creme-brulee-and-strasse
            Harrowmere’s Mill                 | harrowmeres-mill
            Harrowmere's Mill                 | harrowmeres-mill
            Ærø Łódź Œuvre                    | aero-lodz-oeuvre
            Élection 2019: Results            | election-2019-results
            Hello,   World!!! -- Again?       | hello-world-again
            '  ...Leading and trailing!!  '   | leading-and-trailing
            'a -- b __ c // d'                | a-b-c-d
            ---Dashes---                      | dashes
            """)
    void slugIsLowerCaseAsciiJoinedByHyphens(String title, String slug) {
        assertThat(Slugs.slugify(title)).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "   ", "", "’’’", "—"})
    void titleWithoutLettersOrDigitsBecomesArticle(String title) {
        assertThat(Slugs.slugify(title)).isEqualTo("article");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Crème Brûlée & Straße: the ÉLITE chefs of Ærøskøbing — and 日本語 cooks — meet at Łódź",
                "Ωmega ☃ snow — “quoted” ½ ﬁne №5 \t tab\nnewline",
            })
    void slugUsesOnlyLowerCaseAsciiLettersDigitsAndSingleHyphens(String title) {
        assertThat(Slugs.slugify(title)).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Test
    void longTitleIsCutAtAHyphenBoundary() {
        String title =
                "The council meets tonight to decide the future of the old harbour " + "warehouses and the market hall";

        String slug = Slugs.slugify(title);

        assertThat(slug).isEqualTo("the-council-meets-tonight-to-decide-the-future-of-the-old-harbour-warehouses-and");
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
    }

    @Test
    void longSlugNeverEndsWithAHyphen() {
        // 79 letters then a space: the 80-char prefix of the full slug ends with a hyphen
        String title = "a".repeat(79) + " tail words";

        assertThat(Slugs.slugify(title)).isEqualTo("a".repeat(79));
    }

    @Test
    void everyLongSlugFitsAndEndsWithALetterOrDigit() {
        for (int split = 1; split < 100; split++) {
            String title = "x".repeat(split) + " " + "y".repeat(120 - split) + " z";
            String slug = Slugs.slugify(title);
            assertThat(slug)
                    .as("split %d", split)
                    .hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH)
                    .doesNotEndWith("-")
                    .doesNotStartWith("-")
                    .isNotEmpty();
            assertThat(title.replace(' ', '-')).as("split %d", split).startsWith(slug);
        }
    }

    @Test
    void singleWordLongerThanTheLimitIsCutAtTheLimit() {
        assertThat(Slugs.slugify("x".repeat(100))).isEqualTo("x".repeat(Slugs.MAX_LENGTH));
    }

    @Test
    void cyrillicTitlesAreTransliterated() {
        assertThat(Slugs.slugify("Привет мир")).isEqualTo("privet-mir");
    }

    @Test
    void chineseAndJapaneseTitlesBecomeReadableLatinSlugs() {
        assertThat(Slugs.slugify("東京")).isEqualTo("dong-jing");
        assertThat(Slugs.slugify("こんにちは 世界")).isNotEqualTo("article").matches("[a-z0-9-]+");
    }

    @Test
    void greekAndArabicTitlesNeverFallBackToArticle() {
        assertThat(Slugs.slugify("Καλημέρα κόσμε")).isEqualTo("kalemera-kosme");
        assertThat(Slugs.slugify("مرحبا بالعالم")).isNotEqualTo("article").matches("[a-z0-9-]+");
    }
}
