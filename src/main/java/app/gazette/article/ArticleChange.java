package app.gazette.article;

/** What an editor did to an article; {@link ArticleChanged} carries it. */
public enum ArticleChange {
    CREATED,
    SAVED,
    SUBMITTED,
    PUBLISHED,
    SCHEDULED,
    UNPUBLISHED,
    REVISION_RESTORED,
    TRASHED,
    RESTORED,
    DELETED
}
