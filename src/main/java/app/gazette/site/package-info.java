/**
 * The site settings admins edit (table {@code site_settings}: title, tagline, page size, date
 * headers, comment moderation and closing, banned words), the configuration they start from
 * ({@link app.gazette.site.GazetteProperties}), the public base URL
 * ({@link app.gazette.site.SiteAddress}), the site secrets ({@code site_secrets}), the clock and the
 * site's date formats bean, the top menu's sections (labels that exist, {@link app.gazette.site.SiteSections})
 * and the settings page. Publishes content changes and {@link app.gazette.site.SiteChanged}; uses the page cache's
 * version to keep settings per version on every node.
 */
@ApplicationModule(
        displayName = "Site settings",
        allowedDependencies = {"label", "pagecache", "shared"})
package app.gazette.site;

import org.springframework.modulith.ApplicationModule;
