package app.gazette.comment;

public enum CommentStatus {
    PENDING,
    APPROVED,
    SPAM
}
