package app.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading time counts the words a reader sees, at 230 a minute, rounded, never under a minute. */
class ReadingTimeTest {

    static String words(int count) {
        return "<p>" + "word ".repeat(count) + "</p>";
    }

    @Test
    void countsWordsOutsideTagsAndAttributes() {
        String html = "<p class=\"lead first\">Tide <a href=\"/2019/02/high-water\" title=\"High water\">tables</a>"
                + " for<br>Harrowmere &amp; the point \u2014 2019.</p><img alt=\"a long description\" src=\"x.jpg\">";

        assertThat(ReadingTime.words(html))
                .as("\"&\" is read as \"and\"; the dash is no word")
                .isEqualTo(8);
    }

    @Test
    void roundsToTheNearestMinuteAtTwoHundredAndThirtyWords() {
        assertThat(ReadingTime.minutes(words(920))).isEqualTo(4);
        assertThat(ReadingTime.minutes(words(1000))).isEqualTo(4);
        assertThat(ReadingTime.minutes(words(1036))).isEqualTo(5);
    }

    @Test
    void aShortOrEmptyArticleTakesAMinute() {
        assertThat(ReadingTime.minutes(words(12))).isEqualTo(1);
        assertThat(ReadingTime.minutes("")).isEqualTo(1);
    }
}
