package app.gazette.backup;

/**
 * An admin replaced the site's content with a backup, published inside the restoring transaction
 * (a restore that fails later leaves no trace of it): how many articles and accounts it brought.
 */
public record SiteRestored(String adminUsername, long articles, long users) {}
