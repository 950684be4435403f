package app.gazette.user;

/**
 * How a member signs in, as their account page shows it: two-factor sign-in on or off, recovery
 * codes left, whether the admin requires it, and whether they must still choose their own password.
 */
public record AccountSecurity(
        boolean twoFactorOn, int recoveryCodesLeft, boolean twoFactorRequired, boolean mustChangePassword) {}
