package app.gazette.comment;

/** An article as comment moderation needs it; url is null while it is not published. */
public record CommentedArticle(long id, String title, String url, boolean commentsOpen) {}
