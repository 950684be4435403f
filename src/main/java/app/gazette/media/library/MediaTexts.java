package app.gazette.media.library;

/** What the newsroom writes about a picture: alt text, caption and credit, each stripped ("" when none). */
public record MediaTexts(String alt, String caption, String credit) {

    public static final int ALT_MAX = 250;
    public static final int CAPTION_MAX = 500;
    public static final int CREDIT_MAX = 200;

    public MediaTexts {
        alt = clean(alt, ALT_MAX);
        caption = clean(caption, CAPTION_MAX);
        credit = clean(credit, CREDIT_MAX);
    }

    private static String clean(String text, int max) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
