package app.gazette.user;

/** A user as the newsroom's user pages show them; {@code hasPassword} is false for bylines that cannot log in. */
public record UserView(
        long id, String username, String email, String displayName, Role role, boolean enabled, boolean hasPassword) {

    static UserView of(User user) {
        return new UserView(
                user.getId(),
                user.getUsername(),
                user.getEmail(),
                user.getDisplayName(),
                user.getRole(),
                user.isEnabled(),
                user.getPasswordHash() != null);
    }
}
