package app.gazette.user;

/**
 * A member's account changed in the newsroom, published inside the changing transaction: created,
 * given a role, enabled, disabled, or given a new password (by an admin, or by the member).
 * {@code role} is the account's role after the change.
 */
public record UserAccountChanged(long id, String username, Change change, Role role) {

    public enum Change {
        CREATED,
        ROLE_CHANGED,
        ENABLED,
        DISABLED,
        PASSWORD_RESET,
        PASSWORD_CHANGED
    }

    static UserAccountChanged of(User user, Change change) {
        return new UserAccountChanged(user.getId(), user.getUsername(), change, user.getRole());
    }
}
