package app.gazette.importing;

/**
 * An import ended, on the importing node's background thread (no request, no transaction): whether
 * it was done (else it failed and the site is as it was), and what it created.
 */
public record ImportFinished(long job, String username, boolean done, long postsCreated, long commentsCreated) {}
