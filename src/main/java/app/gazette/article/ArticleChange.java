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
    DELETED;

    /** What saving a new article with this button did. */
    static ArticleChange ofNew(EditAction action) {
        return action == EditAction.SAVE ? CREATED : of(action);
    }

    /** What saving an article with this button did. */
    static ArticleChange of(EditAction action) {
        return switch (action) {
            case SAVE -> SAVED;
            case SUBMIT -> SUBMITTED;
            case PUBLISH -> PUBLISHED;
            case SCHEDULE -> SCHEDULED;
            case UNPUBLISH -> UNPUBLISHED;
        };
    }
}
