package app.gazette.pagecache;

/**
 * Published by every writer of something readers can see (articles, comments, moderation, labels,
 * settings, import, restore, seeding), inside its transaction: {@link ContentVersion#on} bumps the
 * shared content version there, so no node serves a page from before the change once it commits.
 */
public record PublicContentChanged(String what) {}
