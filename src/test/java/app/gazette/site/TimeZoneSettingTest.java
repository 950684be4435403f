package app.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.pagecache.ContentVersion;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The site's time zone in the settings row: the configured one until set, announced, seen by every node. */
class TimeZoneSettingTest extends SettingsNodes {

    @Test
    void theConfiguredZoneHoldsUntilAnAdminSetsOneWhichIsAnnouncedOnce() {
        SettingsService settings = node();
        assertThat(settings.timeZone()).isEqualTo(properties.timeZone());

        settings.setTimeZone(ZoneId.of("-08:00"));
        settings.setTimeZone(ZoneId.of("-08:00"));

        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("-08:00"));
        assertThat(jdbc.queryForObject("SELECT time_zone FROM site_settings", String.class))
                .isEqualTo("-08:00");
        assertThat(announced)
                .filteredOn(SiteTimeZoneChanged.class::isInstance)
                .containsExactly(new SiteTimeZoneChanged(ZoneId.of("-08:00")));
    }

    @Test
    void anotherNodeSeesTheNewZoneWithinHalfASecond() {
        SettingsService here = node();
        SettingsService there = node();
        assertThat(there.timeZone()).isEqualTo(properties.timeZone());

        here.setTimeZone(ZoneId.of("America/Los_Angeles"));

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(ContentVersion.MAX_AGE_MILLIS));
        assertThat(there.timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    }
}
