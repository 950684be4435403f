package app.gazette.comment;

/** A comment as readers see it: the body is plain text, escaped by the template. */
public record CommentView(long id, String authorName, String dateTime, String isoTime, String body,
        boolean staff) {
}
