package app.gazette.media.web;

import app.gazette.media.MediaView;
import app.gazette.media.library.MediaTexts;
import jakarta.validation.constraints.Size;

/** A picture's texts as the edit form sends them. */
record MediaForm(
        @Size(max = MediaTexts.ALT_MAX) String alt,
        @Size(max = MediaTexts.CAPTION_MAX) String caption,
        @Size(max = MediaTexts.CREDIT_MAX) String credit) {

    static MediaForm of(MediaView view) {
        return new MediaForm(view.alt(), view.caption(), view.credit());
    }

    MediaTexts texts() {
        return new MediaTexts(alt, caption, credit);
    }
}
