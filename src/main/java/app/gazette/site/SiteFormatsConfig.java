package app.gazette.site;

import app.gazette.shared.SiteFormats;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The site's date formats: the locale configured, time zone and date headers as the settings say now. */
@Configuration(proxyBeanMethods = false)
public class SiteFormatsConfig {

    @Bean
    SiteFormats siteFormats(@Value("${spring.web.locale:en_GB}") Locale locale, SettingsService settings) {
        return new SiteFormats(
                settings::timeZone, locale, () -> settings.current().dateHeaderPattern());
    }
}
