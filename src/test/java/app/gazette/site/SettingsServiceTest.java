package app.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.pagecache.ContentVersion;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings live in one row: created on first read, changed by admins, seen by every node. */
class SettingsServiceTest extends SettingsNodes {

    @Test
    void firstReadStoresTheConfiguredValues() {
        Settings first = node().current();

        assertThat(first).isEqualTo(Settings.initial(properties));
        assertThat(repository.count()).isOne();
        assertThat(node().current()).isEqualTo(first);
        assertThat(first.bannedWords()).isEmpty();
    }

    @Test
    void aSavedChangeIsSeenByTheNextRead() {
        SettingsService settings = node();
        Settings before = settings.current();

        settings.update(change(
                before,
                s -> new Settings(
                        "The Daily Bugle",
                        "All the news",
                        5,
                        "d.M.yyyy",
                        ModerationMode.NONE,
                        14,
                        "spam\ncheap pills",
                        s.version())));

        Settings after = settings.current();
        assertThat(after.siteTitle()).isEqualTo("The Daily Bugle");
        assertThat(after.tagline()).isEqualTo("All the news");
        assertThat(after.pageSize()).isEqualTo(5);
        assertThat(after.dateHeaderPattern()).isEqualTo("d.M.yyyy");
        assertThat(after.moderation()).isEqualTo(ModerationMode.NONE);
        assertThat(after.closeCommentsAfterDays()).isEqualTo(14);
        assertThat(after.bannedWordList()).containsExactly("spam", "cheap pills");
        assertThat(after.version()).isGreaterThan(before.version());
    }

    @Test
    void anotherNodeSeesAChangeWithinHalfASecond() {
        SettingsService here = node();
        SettingsService there = node();
        Settings before = there.current();

        here.update(change(here.current(), s -> withTitle(s, "Changed elsewhere")));

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(200));
        assertThat(there.current().siteTitle()).isEqualTo(before.siteTitle());
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(ContentVersion.MAX_AGE_MILLIS - 200));
        assertThat(there.current().siteTitle()).isEqualTo("Changed elsewhere");
    }

    @Test
    void savingOverSomeoneElsesChangeIsAConflict() {
        SettingsService settings = node();
        Settings opened = settings.current();
        settings.update(withTitle(opened, "First"));

        assertThatThrownBy(() -> settings.update(withTitle(opened, "Second")))
                .isInstanceOf(SettingsConflictException.class);
        assertThat(node().current().siteTitle()).isEqualTo("First");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "blank title",
                "page size 0",
                "page size 101",
                "time pattern",
                "bad pattern",
                "negative days",
                "no moderation",
                "banned words too long",
                "no banned words"
            })
    void invalidValuesAreRefusedAndNothingIsStored(String problem) {
        SettingsService settings = node();
        Settings s = settings.current();
        Settings invalid = switch (problem) {
            case "blank title" -> withTitle(s, "  ");
            case "page size 0" ->
                new Settings(s.siteTitle(), s.tagline(), 0, s.dateHeaderPattern(), s.moderation(), 0, "", s.version());
            case "page size 101" ->
                new Settings(
                        s.siteTitle(), s.tagline(), 101, s.dateHeaderPattern(), s.moderation(), 0, "", s.version());
            case "time pattern" ->
                new Settings(s.siteTitle(), s.tagline(), 10, "HH:mm", s.moderation(), 0, "", s.version());
            case "bad pattern" ->
                new Settings(s.siteTitle(), s.tagline(), 10, "EEEE {", s.moderation(), 0, "", s.version());
            case "negative days" ->
                new Settings(
                        s.siteTitle(), s.tagline(), 10, s.dateHeaderPattern(), s.moderation(), -1, "", s.version());
            case "banned words too long" ->
                new Settings(
                        s.siteTitle(),
                        s.tagline(),
                        10,
                        s.dateHeaderPattern(),
                        s.moderation(),
                        0,
                        "w".repeat(SettingsService.MAX_BANNED_WORDS_LENGTH + 1),
                        s.version());
            case "no banned words" ->
                new Settings(
                        s.siteTitle(), s.tagline(), 10, s.dateHeaderPattern(), s.moderation(), 0, null, s.version());
            default -> new Settings(s.siteTitle(), s.tagline(), 10, s.dateHeaderPattern(), null, 0, "", s.version());
        };

        assertThatThrownBy(() -> settings.update(invalid)).isInstanceOf(IllegalArgumentException.class);
        assertThat(node().current()).isEqualTo(s);
    }

    @Test
    void datePatternsMustFormatADate() {
        assertThat(SettingsService.isValidDatePattern("EEEE d MMMM yyyy")).isTrue();
        assertThat(SettingsService.isValidDatePattern("d.M.yyyy 'edition'")).isTrue();
        assertThat(SettingsService.isValidDatePattern("HH:mm")).isFalse();
        assertThat(SettingsService.isValidDatePattern("yyyy 'open")).isFalse();
        assertThat(SettingsService.isValidDatePattern("{")).isFalse();
        assertThat(SettingsService.isValidDatePattern(" ")).isFalse();
        assertThat(SettingsService.isValidDatePattern(null)).isFalse();
    }

    private static Settings change(Settings settings, UnaryOperator<Settings> change) {
        return change.apply(settings);
    }

    private static Settings withTitle(Settings s, String title) {
        return new Settings(
                title,
                s.tagline(),
                s.pageSize(),
                s.dateHeaderPattern(),
                s.moderation(),
                s.closeCommentsAfterDays(),
                s.bannedWords(),
                s.version());
    }
}
