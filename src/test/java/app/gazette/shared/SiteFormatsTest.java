package app.gazette.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.gazette.site.GazetteProperties;
import app.gazette.site.ModerationMode;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Date headers follow the pattern in the settings as soon as it changes. */
class SiteFormatsTest {

    @Test
    void dateHeadersUseTheCurrentPattern() {
        GazetteProperties properties = new GazetteProperties(
                ZoneId.of("Europe/London"),
                10,
                "EEEE d MMMM yyyy",
                "Gazette",
                "",
                new GazetteProperties.Comments(ModerationMode.FIRST_TIME),
                new GazetteProperties.Admin("admin", ""));
        SettingsService settings = mock(SettingsService.class);
        Settings initial = Settings.initial(properties);
        when(settings.current())
                .thenReturn(
                        initial,
                        initial,
                        new Settings("Gazette", "", 10, "d.M.yyyy", ModerationMode.FIRST_TIME, 0, "", 1));
        SiteFormats formats = new SiteFormats(
                properties.timeZone(), Locale.UK, () -> settings.current().dateHeaderPattern());
        LocalDate day = LocalDate.of(2019, 2, 9);

        assertThat(formats.dateHeader(day)).isEqualTo("Saturday 9 February 2019");
        assertThat(formats.dateTime(Instant.parse("2019-02-09T10:15:00Z"))).startsWith("Saturday 9 February 2019, ");
        assertThat(formats.dateHeader(day)).isEqualTo("9.2.2019");
    }
}
