/**
 * The read-only Content API at {@code /api/v1/} (articles, labels, authors, public settings, its
 * OpenAPI document) and the content keys that open it (table {@code content_keys}, only a hash of each
 * key kept), made, regenerated and revoked by admins on the newsroom's Integrations page. Each key's
 * requests are counted per minute in {@code api_rate_windows}, shared by every node. Reads the other
 * features' APIs only.
 */
@ApplicationModule(
        displayName = "Content API",
        allowedDependencies = {"article", "label", "media", "shared", "site"})
package app.gazette.api;

import org.springframework.modulith.ApplicationModule;
