/**
 * Reader pages served from memory and kept correct: the shared
 * {@link app.gazette.pagecache.ContentVersion} (table {@code content_version}) that
 * {@link app.gazette.pagecache.PublicContentChanged} events bump inside the writer's transaction,
 * {@link app.gazette.pagecache.Versioned} values for other features' per-version caches, the page cache
 * filter (keyed by the query parameters each page reads), ETags and Cache-Control for public pages,
 * hashed asset URLs and Tomcat's socket tuning. Reads which paths are public from {@code security}.
 * Uses no feature's code; the version's one statement also reads the next scheduled publish time from
 * {@code articles}, so that scheduled articles appear on time.
 */
@ApplicationModule(
        displayName = "Page cache",
        allowedDependencies = {"security"})
package app.gazette.pagecache;

import org.springframework.modulith.ApplicationModule;
