/**
 * Reader search: PostgreSQL full text search over a weighted {@code tsvector} (the PostgreSQL-only
 * migration), a LIKE fallback on H2, snippets with the matched words marked, and the search page.
 */
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"article", "shared", "site"})
package app.gazette.search;

import org.springframework.modulith.ApplicationModule;
