package app.gazette.user;

/**
 * Two-factor sign-in changed, published inside the changing transaction: a member turned it on or
 * off, or signed in with one of their recovery codes ({@code username} is theirs); or an admin
 * required it of all staff, or no longer ({@code username} null: every member's).
 */
public record TwoFactorChanged(String username, Change change) {

    public enum Change {
        ENABLED,
        DISABLED,
        RECOVERY_CODE_USED,
        REQUIRED_FOR_STAFF,
        NOT_REQUIRED_FOR_STAFF
    }
}
