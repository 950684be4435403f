/**
 * The first start of a site: the admin account, the stored settings and the welcome article.
 * Above every feature it uses.
 */
@ApplicationModule(
        displayName = "First start",
        allowedDependencies = {"article", "site", "user"})
package app.gazette.bootstrap;

import org.springframework.modulith.ApplicationModule;
