package app.gazette.article;

/** The featured picture an editor chose (mediaId null: none) and its alt text, caption and credit. */
public record FeaturedDraft(Long mediaId, String alt, String caption, String credit) {

    public static final FeaturedDraft NONE = new FeaturedDraft(null, "", "", "");

    public FeaturedDraft {
        alt = alt == null ? "" : alt;
        caption = caption == null ? "" : caption;
        credit = credit == null ? "" : credit;
    }
}
