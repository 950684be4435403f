package app.gazette.comment;

/** A comment as a reader sent it, with what moderation needs to know. */
public record NewComment(String name, String email, String body, String ip, String userAgent) {
}
