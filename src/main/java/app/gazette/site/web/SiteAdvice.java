package app.gazette.site.web;

import app.gazette.shared.LabelLink;
import app.gazette.site.GazetteProperties;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import app.gazette.site.SiteLogo;
import app.gazette.site.SiteLogos;
import app.gazette.site.SiteSections;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The site's name, tagline, logo and top menu, for the layout of every page (error pages too). */
@ControllerAdvice
class SiteAdvice {

    private final SettingsService settings;
    private final GazetteProperties properties;
    private final SiteLogos logos;
    private final SiteSections sections;

    SiteAdvice(SettingsService settings, GazetteProperties properties, SiteLogos logos, SiteSections sections) {
        this.settings = settings;
        this.properties = properties;
        this.logos = logos;
        this.sections = sections;
    }

    /** From the settings; an error page shown because the database is down uses the configured ones. */
    @ModelAttribute("site")
    SiteInfo site() {
        Settings current;
        SiteLogo logo;
        List<LabelLink> menu;
        try {
            current = settings.current();
            logo = logos.current().orElse(null);
            menu = sections.links();
        } catch (RuntimeException unavailable) {
            current = Settings.initial(properties);
            logo = null;
            menu = List.of();
        }
        return new SiteInfo(current.siteTitle(), current.tagline(), logo, menu);
    }

    /** {@code logo} is null when none is set; {@code sections} is the top menu, empty when none. */
    record SiteInfo(String title, String tagline, SiteLogo logo, List<LabelLink> sections) {}
}
