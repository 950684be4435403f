package app.gazette.comment;

import java.time.Duration;

/** A reader's comment refused before storing: too soon after their last one, or posted already. */
public class CommentRefusedException extends RuntimeException {

    public enum Reason {
        FLOOD,
        DUPLICATE
    }

    private final Reason reason;
    private final Duration retryAfter;

    public static CommentRefusedException flood(Duration retryAfter) {
        return new CommentRefusedException(Reason.FLOOD, retryAfter);
    }

    public static CommentRefusedException duplicate() {
        return new CommentRefusedException(Reason.DUPLICATE, Duration.ZERO);
    }

    private CommentRefusedException(Reason reason, Duration retryAfter) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** How long to wait before posting again (floods only; zero otherwise). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
