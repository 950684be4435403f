package app.gazette.article;

import java.util.List;

/** The top of the home page: the lead story (or null) and the featured strip, newest first. */
public record FrontPageView(ArticleSummaryView lead, List<ArticleSummaryView> featured) {

    public boolean isEmpty() {
        return lead == null && featured.isEmpty();
    }
}
