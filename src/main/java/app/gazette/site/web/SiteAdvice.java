package app.gazette.site.web;

import app.gazette.site.GazetteProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The site's name and tagline, for the layout of every page (error pages too). */
@ControllerAdvice
class SiteAdvice {

    private final SiteInfo site;

    SiteAdvice(GazetteProperties properties) {
        this.site = new SiteInfo(properties.siteTitle(), properties.tagline());
    }

    @ModelAttribute("site")
    SiteInfo site() {
        return site;
    }

    record SiteInfo(String title, String tagline) {
    }
}
