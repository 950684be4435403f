package app.gazette.importing;

/** Who wrote a post on the old site; login and email may be null (Blogger gives a name, sometimes an email). */
public record ImportedAuthor(String login, String displayName, String email) {}
