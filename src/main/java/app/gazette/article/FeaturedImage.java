package app.gazette.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The picture an article shows at its top and in lists, feeds and previews (null columns: none). */
@Embeddable
class FeaturedImage {

    @Column(name = "featured_media_id")
    private Long mediaId;

    @Column(name = "featured_alt")
    private String alt;

    @Column(name = "featured_caption")
    private String caption;

    @Column(name = "featured_credit")
    private String credit;

    protected FeaturedImage() {}

    FeaturedImage(Long mediaId, String alt, String caption, String credit) {
        this.mediaId = mediaId;
        this.alt = alt;
        this.caption = caption;
        this.credit = credit;
    }

    Long mediaId() {
        return mediaId;
    }

    String alt() {
        return alt;
    }

    String caption() {
        return caption;
    }

    String credit() {
        return credit;
    }
}
