/**
 * Moving in from Blogger and WordPress (tables {@code import_jobs}, {@code imported_items}):
 * streaming parsers, HTML to Markdown, matching authors, the background run with its progress, and
 * the import page. Writes articles, labels, users and comments through their features' APIs.
 */
@ApplicationModule(
        displayName = "Import",
        allowedDependencies = {"article", "comment", "label", "pagecache", "shared", "user"})
package app.gazette.importing;

import org.springframework.modulith.ApplicationModule;
