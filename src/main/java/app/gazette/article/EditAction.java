package app.gazette.article;

/** The editor's buttons that save the form. */
public enum EditAction {
    /** Keep the status: save a draft, or update a published or scheduled article. */
    SAVE,
    /** A contributor's draft goes to the editors' review queue. */
    SUBMIT,
    /** Publish at the given time (now when empty): a future time schedules it. */
    PUBLISH,
    /** Publish at a future time; refused when the time is not in the future. */
    SCHEDULE,
    /** Back to draft: no longer visible to readers. */
    UNPUBLISH
}
