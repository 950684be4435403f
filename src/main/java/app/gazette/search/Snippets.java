package app.gazette.search;

/**
 * Snippets travel as plain text with two control characters around matched words, so no HTML
 * comes from the database: {@link #toHtml} escapes everything and only then adds {@code <mark>}.
 */
final class Snippets {

    static final char START = '\u0002';
    static final char STOP = '\u0003';

    private Snippets() {}

    /** Escaped HTML; markers become balanced {@code <mark>} elements. */
    static String toHtml(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case STOP -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    /**
     * Readable text of an excerpt and a Markdown body: link targets and emphasis signs dropped,
     * control characters (so any stray marker) turned into spaces. PostgresSearch does the same in SQL.
     */
    static String plainText(String excerpt, String markdown) {
        String text =
                (excerpt == null || excerpt.isBlank() ? "" : excerpt + "\n\n") + (markdown == null ? "" : markdown);
        return text.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("[*#`]", " ")
                .replaceAll("\\p{Cntrl}", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
