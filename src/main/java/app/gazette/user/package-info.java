/**
 * Newsroom members (table {@code users}): accounts, roles, passwords, enabling and disabling
 * (with sign-out everywhere), the users and account pages. Other features look members up through
 * {@link app.gazette.user.UserDirectory} and {@link app.gazette.user.UserService}; the
 * {@link app.gazette.user.User} entity is named elsewhere only by the article entity's author mapping.
 */
@ApplicationModule(displayName = "Users", allowedDependencies = {"shared"})
package app.gazette.user;

import org.springframework.modulith.ApplicationModule;
