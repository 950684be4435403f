/**
 * The newsroom's home: the dashboard (counts, latest drafts and comments) and the signed-in
 * member for every newsroom page's navigation.
 */
@ApplicationModule(
        displayName = "Newsroom",
        allowedDependencies = {"article", "comment", "shared"})
package app.gazette.newsroom;

import org.springframework.modulith.ApplicationModule;
