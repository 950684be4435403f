package app.gazette.comment;

/** A comment as readers see it: bodyHtml is the plain text made safe HTML by {@link CommentText}. */
public record CommentView(
        long id, String authorName, String dateTime, String isoTime, String bodyHtml, boolean staff) {}
