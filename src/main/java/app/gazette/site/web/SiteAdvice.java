package app.gazette.site.web;

import app.gazette.site.GazetteProperties;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import app.gazette.site.SiteLogo;
import app.gazette.site.SiteLogos;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The site's name, tagline and logo, for the layout of every page (error pages too). */
@ControllerAdvice
class SiteAdvice {

    private final SettingsService settings;
    private final GazetteProperties properties;
    private final SiteLogos logos;

    SiteAdvice(SettingsService settings, GazetteProperties properties, SiteLogos logos) {
        this.settings = settings;
        this.properties = properties;
        this.logos = logos;
    }

    /** From the settings; an error page shown because the database is down uses the configured ones. */
    @ModelAttribute("site")
    SiteInfo site() {
        Settings current;
        SiteLogo logo;
        try {
            current = settings.current();
            logo = logos.current().orElse(null);
        } catch (RuntimeException unavailable) {
            current = Settings.initial(properties);
            logo = null;
        }
        return new SiteInfo(current.siteTitle(), current.tagline(), logo);
    }

    /** {@code logo} is null when none is set. */
    record SiteInfo(String title, String tagline, SiteLogo logo) {}
}
