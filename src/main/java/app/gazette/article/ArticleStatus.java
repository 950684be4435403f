package app.gazette.article;

public enum ArticleStatus {
    DRAFT,
    /** Submitted by a contributor, waiting for an editor. */
    REVIEW,
    PUBLISHED,
    TRASHED
}
