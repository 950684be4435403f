package app.gazette.media.library;

import app.gazette.media.MediaView;
import java.util.List;

/** A picture as the newsroom's Media page shows it: the view and the articles that use it. */
public record MediaItem(MediaView view, List<ArticleUse> usedBy) {

    public MediaItem {
        usedBy = List.copyOf(usedBy);
    }

    /** The smallest file, for the grid's thumbnail. */
    public app.gazette.media.MediaSize thumbnail() {
        return view.sizes().isEmpty() ? view.master() : view.sizes().get(0);
    }
}
