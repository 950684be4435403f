package app.gazette.article;

import app.gazette.media.MediaView;

/** An article's featured picture as pages show it: the article's alt, caption and credit over the library's files. */
public record FeaturedView(MediaView picture, String alt, String caption, String credit) {

    /** The article's texts over the picture, each null one falling back to the library's. */
    public static FeaturedView of(MediaView picture, String alt, String caption, String credit) {
        return new FeaturedView(
                picture,
                alt != null ? alt : picture.alt(),
                caption != null ? caption : picture.caption(),
                credit != null ? credit : picture.credit());
    }

    /** "caption — credit", either alone, or blank. */
    public String figcaption() {
        boolean hasCaption = caption != null && !caption.isBlank();
        boolean hasCredit = credit != null && !credit.isBlank();
        if (hasCaption && hasCredit) {
            return caption + " — " + credit;
        }
        return hasCaption ? caption : hasCredit ? credit : "";
    }
}
