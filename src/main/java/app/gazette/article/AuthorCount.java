package app.gazette.article;

/** An author with the number of their visible articles. */
public record AuthorCount(String username, String displayName, long articles) {}
