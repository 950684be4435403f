package app.gazette.article;

/**
 * Minutes a body takes to read at 230 words a minute (at least 1). One pass over the sanitised HTML:
 * text outside tags, split at whitespace, words being runs holding a letter or digit.
 */
final class ReadingTime {

    static final int WORDS_PER_MINUTE = 230;

    private ReadingTime() {}

    static int minutes(String html) {
        return Math.max(1, Math.round(words(html) / (float) WORDS_PER_MINUTE));
    }

    static int words(String html) {
        int words = 0;
        boolean inTag = false;
        boolean inWord = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (inTag) {
                inTag = c != '>';
            } else if (c == '<') {
                inTag = true;
                inWord = false;
            } else if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (!inWord && Character.isLetterOrDigit(c)) {
                inWord = true;
                words++;
            }
        }
        return words;
    }
}
