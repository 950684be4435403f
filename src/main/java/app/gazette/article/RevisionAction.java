package app.gazette.article;

/** What a revision records besides the text: the step its saver took. */
public enum RevisionAction {
    SAVED,
    SUBMITTED,
    RETURNED,
    /** Published or scheduled out of the review queue. */
    APPROVED,
    PUBLISHED,
    SCHEDULED,
    UNPUBLISHED,
    RESTORED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The step a save took, given the status before it and the scheduled state after it. */
    static RevisionAction of(EditAction action, ArticleStatus before, boolean scheduled) {
        return switch (action) {
            case SAVE -> SAVED;
            case SUBMIT -> SUBMITTED;
            case UNPUBLISH -> UNPUBLISHED;
            case PUBLISH, SCHEDULE -> {
                if (before == ArticleStatus.REVIEW) {
                    yield APPROVED;
                }
                yield scheduled ? SCHEDULED : PUBLISHED;
            }
        };
    }
}
