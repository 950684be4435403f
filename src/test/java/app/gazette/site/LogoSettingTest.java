package app.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.pagecache.ContentVersion;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The logo's picture id in the settings row: set and cleared on its own, seen by every node. */
class LogoSettingTest extends SettingsNodes {

    @Test
    void theLogoIsSetAndClearedTellingThePageCacheOnlyOfChanges() {
        SettingsService settings = node();
        assertThat(settings.logoMediaId()).isEmpty();
        assertThat(settings.isLogo(7)).isFalse();

        settings.setLogo(7L);
        assertThat(settings.logoMediaId()).contains(7L);
        assertThat(settings.isLogo(7)).isTrue();
        assertThat(settings.isLogo(8)).isFalse();
        settings.setLogo(7L);
        assertThat(events).hasSize(1);

        settings.setLogo(null);
        assertThat(settings.logoMediaId()).isEmpty();
        assertThat(settings.isLogo(7)).isFalse();
        assertThat(events).hasSize(2);
    }

    @Test
    void savingTheSettingsFormKeepsTheLogo() {
        SettingsService settings = node();
        settings.setLogo(7L);
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

        assertThat(settings.current().siteTitle()).isEqualTo("Renamed");
        assertThat(settings.logoMediaId()).contains(7L);
    }

    @Test
    void anotherNodeSeesANewLogoWithinHalfASecond() {
        SettingsService here = node();
        SettingsService there = node();
        assertThat(there.logoMediaId()).isEmpty();

        here.setLogo(9L);

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(ContentVersion.MAX_AGE_MILLIS));
        assertThat(there.logoMediaId()).contains(9L);
    }
}
