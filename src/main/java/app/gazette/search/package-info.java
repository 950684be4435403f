/**
 * Reader search: PostgreSQL full text search over a weighted {@code tsvector} (the PostgreSQL-only
 * migration), a LIKE fallback on H2, snippets with the matched words marked, and the search page with
 * each article's featured picture (from the media library).
 */
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"article", "media", "shared", "site"})
package app.gazette.search;

import org.springframework.modulith.ApplicationModule;
