package app.gazette.comment;

/** The comment form's hidden proof of when it was rendered: epoch seconds and their HMAC. */
public record FormStamp(String renderedAt, String signature) {}
