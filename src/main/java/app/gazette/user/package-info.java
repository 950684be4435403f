/**
 * Newsroom members (table {@code users}): accounts, roles, passwords, enabling and disabling
 * (with sign-out everywhere), the users and account pages, two-factor sign-in (TOTP, recovery
 * codes, the staff requirement; tables {@code user_recovery_codes}, {@code staff_sign_in_policy}) and
 * the password a member must replace. Other features look members up through
 * {@link app.gazette.user.UserDirectory} and {@link app.gazette.user.UserService}, and imports create
 * authors through {@link app.gazette.user.AuthorAccounts}. Nothing outside names the
 * {@link app.gazette.user.User} entity (articles read bylines through a read-only view of their own).
 * Wrong current passwords on the account page are throttled by security's
 * {@link app.gazette.security.LoginGuard}.
 */
@ApplicationModule(
        displayName = "Users",
        allowedDependencies = {"security", "shared"})
package app.gazette.user;

import org.springframework.modulith.ApplicationModule;
