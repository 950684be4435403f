package app.gazette.search;

/**
 * What a reader typed, made safe to run: control characters become spaces, outer white space goes,
 * and at most {@value #MAX_LENGTH} characters are kept (never half a surrogate pair).
 */
public record SearchQuery(String text) {

    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        text = normalise(text);
    }

    public static SearchQuery of(String raw) {
        return new SearchQuery(raw);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    private static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(raw.length());
        raw.chars().forEach(c -> clean.append(Character.isISOControl(c) ? ' ' : (char) c));
        String text = clean.toString().strip();
        if (text.length() > MAX_LENGTH) {
            int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            text = text.substring(0, end).strip();
        }
        return text;
    }
}
