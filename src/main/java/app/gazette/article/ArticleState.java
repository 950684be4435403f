package app.gazette.article;

import java.time.Instant;

/** How the newsroom sees an article: the stored status, with "scheduled" told apart from "published". */
public enum ArticleState {
    DRAFT,
    REVIEW,
    SCHEDULED,
    PUBLISHED,
    TRASHED;

    static ArticleState of(Article article, Instant now) {
        return switch (article.getStatus()) {
            case DRAFT -> DRAFT;
            case REVIEW -> REVIEW;
            case TRASHED -> TRASHED;
            case PUBLISHED -> article.isScheduledAt(now) ? SCHEDULED : PUBLISHED;
        };
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
