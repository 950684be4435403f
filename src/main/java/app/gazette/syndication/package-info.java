/**
 * What other programs read: page metadata (OpenGraph, JSON-LD), Atom and RSS feeds of the site,
 * labels, authors and comments (ROME), sitemaps, the Google News sitemap and robots.txt. Reads the
 * other features' APIs only; owns no table.
 */
@ApplicationModule(
        displayName = "Syndication",
        allowedDependencies = {"article", "comment", "label", "media", "shared", "site", "user"})
package app.gazette.syndication;

import org.springframework.modulith.ApplicationModule;
