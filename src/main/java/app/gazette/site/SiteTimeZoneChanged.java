package app.gazette.site;

import java.time.ZoneId;

/**
 * The site's time zone changed (published in the settings' transaction): whatever stores dates in
 * the site's zone, such as an article's publish month, moves them to the new one.
 */
public record SiteTimeZoneChanged(ZoneId zone) {}
