package app.gazette.user;

import java.time.Duration;

/** A change to a user that the rules refuse; the reason names the message to show. */
public class UserChangeRefused extends RuntimeException {

    public enum Reason {
        PASSWORD_TOO_SHORT,
        PASSWORD_TOO_LONG,
        PASSWORD_IS_EMAIL,
        WRONG_CURRENT_PASSWORD,
        /** Too many wrong current passwords: {@link UserChangeRefused#retryAfter} says for how long. */
        CURRENT_PASSWORD_LOCKED,
        USERNAME_INVALID,
        USERNAME_TAKEN,
        EMAIL_TAKEN,
        LAST_ADMIN;

        /** The message code, for example users.refused.LAST_ADMIN. */
        public String code() {
            return "users.refused." + name();
        }
    }

    private final Reason reason;
    private final Duration retryAfter;

    public UserChangeRefused(Reason reason) {
        this(reason, Duration.ZERO);
    }

    public UserChangeRefused(Reason reason, Duration retryAfter) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** How long until the change may be tried again (zero unless it is locked). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
