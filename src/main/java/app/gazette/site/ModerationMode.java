package app.gazette.site;

/** Which new comments wait for an editor's approval. */
public enum ModerationMode {
    /** Held unless the email already has an approved comment. */
    FIRST_TIME,
    /** Every comment is held. */
    ALL,
    /** Every comment is shown at once. */
    NONE
}
