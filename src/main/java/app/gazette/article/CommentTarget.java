package app.gazette.article;

/** An article as comment moderation needs it; permalink is null while it is not published. */
public record CommentTarget(long id, String title, String permalink, boolean commentsOpen) {}
