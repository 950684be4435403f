package app.gazette.user;

/** A newsroom member as an admin creates them, with an initial password. */
public record NewUser(String username, String email, String displayName, Role role, String password) {}
