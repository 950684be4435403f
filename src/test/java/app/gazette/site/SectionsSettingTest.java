package app.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.pagecache.ContentVersion;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The top menu's label names in the settings row: kept in order, set on their own, seen by every node. */
class SectionsSettingTest extends SettingsNodes {

    @Test
    void sectionsAreKeptInOrderTellingThePageCacheOnlyOfChanges() {
        SettingsService settings = node();
        assertThat(settings.sections()).isEmpty();

        settings.setSections(List.of("Weather", "Sport", "Harbour news"));
        assertThat(settings.sections()).containsExactly("Weather", "Sport", "Harbour news");
        settings.setSections(List.of("Weather", "Sport", "Harbour news"));
        assertThat(events).hasSize(1);

        settings.setSections(List.of("Sport", "Weather"));
        assertThat(settings.sections()).containsExactly("Sport", "Weather");
        settings.setSections(List.of());
        assertThat(settings.sections()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT sections FROM site_settings", String.class))
                .isNull();
        assertThat(events).hasSize(3);
    }

    @Test
    void moreThanEightSectionsAreRefused() {
        SettingsService settings = node();

        assertThatThrownBy(() -> settings.setSections(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.sections()).isEmpty();
    }

    @Test
    void savingTheSettingsFormOrTheLogoKeepsTheSections() {
        SettingsService settings = node();
        settings.setSections(List.of("Sport"));
        Settings opened = settings.current();

        settings.update(new Settings(
                "Renamed",
                opened.tagline(),
                opened.pageSize(),
                opened.dateHeaderPattern(),
                opened.moderation(),
                opened.closeCommentsAfterDays(),
                opened.bannedWords(),
                opened.version()));
        settings.setLogo(7L);

        assertThat(settings.current().siteTitle()).isEqualTo("Renamed");
        assertThat(settings.sections()).containsExactly("Sport");
    }

    @Test
    void anotherNodeSeesNewSectionsWithinHalfASecond() {
        SettingsService here = node();
        SettingsService there = node();
        assertThat(there.sections()).isEmpty();

        here.setSections(List.of("Sport"));

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(ContentVersion.MAX_AGE_MILLIS));
        assertThat(there.sections()).containsExactly("Sport");
    }
}
