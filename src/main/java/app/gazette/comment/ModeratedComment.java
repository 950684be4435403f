package app.gazette.comment;

/**
 * A comment as the newsroom sees it, with email and IP. The body is plain text, escaped by the
 * template; articleUrl is null while the article is not published.
 */
public record ModeratedComment(
        long id,
        long articleId,
        String articleTitle,
        String articleUrl,
        String authorName,
        String authorEmail,
        String ip,
        String dateTime,
        String isoTime,
        String body,
        CommentStatus status,
        boolean staff) {

    /** The body cut to at most {@code max} characters, with an ellipsis when cut. */
    public String excerpt(int max) {
        return body.length() <= max
                ? body
                : body.substring(0, Math.max(max - 1, 0)).stripTrailing() + "\u2026";
    }
}
