package app.gazette.user;

/** A change to a user that the rules refuse; the reason names the message to show. */
public class UserChangeRefused extends RuntimeException {

    public enum Reason {
        PASSWORD_TOO_SHORT,
        PASSWORD_TOO_LONG,
        PASSWORD_IS_EMAIL,
        WRONG_CURRENT_PASSWORD,
        USERNAME_TAKEN,
        EMAIL_TAKEN,
        LAST_ADMIN;

        /** The message code, for example users.refused.LAST_ADMIN. */
        public String code() {
            return "users.refused." + name();
        }
    }

    private final Reason reason;

    public UserChangeRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
