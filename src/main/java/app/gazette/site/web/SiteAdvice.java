package app.gazette.site.web;

import app.gazette.site.GazetteProperties;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The site's name and tagline, for the layout of every page (error pages too). */
@ControllerAdvice
class SiteAdvice {

    private final SettingsService settings;
    private final GazetteProperties properties;

    SiteAdvice(SettingsService settings, GazetteProperties properties) {
        this.settings = settings;
        this.properties = properties;
    }

    /** From the settings; an error page shown because the database is down uses the configured ones. */
    @ModelAttribute("site")
    SiteInfo site() {
        Settings current;
        try {
            current = settings.current();
        } catch (RuntimeException unavailable) {
            current = Settings.initial(properties);
        }
        return new SiteInfo(current.siteTitle(), current.tagline());
    }

    record SiteInfo(String title, String tagline) {}
}
