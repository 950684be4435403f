package app.gazette.user;

/** Newsroom roles, from the least to the most trusted (Ghost's model; see README "The newsroom"). */
public enum Role {
    /** Writes and edits own drafts, uploads pictures for them, submits them for review; publishes nothing. */
    CONTRIBUTOR,
    /** Writes, publishes, schedules and edits own articles; does not moderate comments. */
    AUTHOR,
    /** Everything about articles and comments, by every author. */
    EDITOR,
    /** An editor who also manages users, settings, backups and imports. */
    ADMIN;

    /** Publishes, schedules and unpublishes (own articles only, unless {@link #editsEveryone()}). */
    public boolean publishes() {
        return this != CONTRIBUTOR;
    }

    /** Sees and changes every author's articles, reviews submissions and moderates comments. */
    public boolean editsEveryone() {
        return this == EDITOR || this == ADMIN;
    }

    public boolean moderatesComments() {
        return editsEveryone();
    }
}
