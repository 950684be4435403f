package app.gazette.support;

import app.gazette.shared.SiteFormats;
import app.gazette.site.GazetteProperties;
import app.gazette.site.ModerationMode;
import java.time.ZoneId;
import java.util.Locale;

/** Site configuration for tests that build services by hand: British dates in a given zone. */
public final class TestSites {

    private TestSites() {}

    public static GazetteProperties properties(ZoneId zone) {
        return new GazetteProperties(
                zone,
                10,
                "EEEE d MMMM yyyy",
                "Gazette",
                "",
                new GazetteProperties.Comments(ModerationMode.FIRST_TIME),
                new GazetteProperties.Admin("admin", ""));
    }

    public static SiteFormats formats(ZoneId zone, Locale locale) {
        return new SiteFormats(properties(zone).timeZone(), locale, properties(zone)::dateHeaderPattern);
    }

    public static SiteFormats utc() {
        return formats(ZoneId.of("UTC"), Locale.UK);
    }
}
