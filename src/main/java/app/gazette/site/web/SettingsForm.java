package app.gazette.site.web;

import app.gazette.site.ModerationMode;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.stream.Collectors;

/**
 * The settings page's form; {@code version} is the one the admin started from. Numbers are kept as
 * typed, so that "ten" comes back with a message rather than failing to bind the whole form.
 */
public record SettingsForm(
        @NotBlank(message = "{settings.siteTitle.required}")
        @Size(max = 100, message = "{settings.siteTitle.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{form.controlCharacters}")
        String siteTitle,

        @Size(max = 200, message = "{settings.tagline.size}")
        @Pattern(regexp = SINGLE_LINE, message = "{form.controlCharacters}")
        String tagline,

        @WholeNumber(min = 1, max = SettingsService.MAX_PAGE_SIZE, message = "{settings.pageSize.range}")
        String pageSize,

        @NotBlank(message = "{settings.dateHeaderPattern.required}")
        @Size(max = 50, message = "{settings.dateHeaderPattern.size}")
        @DatePattern
        String dateHeaderPattern,

        @NotNull(message = "{settings.moderation.required}") ModerationMode moderation,

        @WholeNumber(min = 0, max = SettingsService.MAX_CLOSE_DAYS, message = "{settings.closeCommentsAfterDays.range}")
        String closeCommentsAfterDays,

        @Size(max = SettingsService.MAX_BANNED_WORDS_LENGTH, message = "{settings.bannedWords.size}")
        @Pattern(regexp = MULTI_LINE, message = "{form.controlCharacters}")
        String bannedWords,

        @NotNull Long version) {

    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";
    static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    static SettingsForm of(Settings settings) {
        return new SettingsForm(
                settings.siteTitle(),
                settings.tagline(),
                String.valueOf(settings.pageSize()),
                settings.dateHeaderPattern(),
                settings.moderation(),
                String.valueOf(settings.closeCommentsAfterDays()),
                settings.bannedWords(),
                settings.version());
    }

    Settings toSettings() {
        return new Settings(
                siteTitle.strip(),
                tagline == null ? "" : tagline.strip(),
                Integer.parseInt(pageSize.strip()),
                dateHeaderPattern,
                moderation,
                Integer.parseInt(closeCommentsAfterDays.strip()),
                bannedWordLines(),
                version);
    }

    SettingsForm withVersion(long newVersion) {
        return new SettingsForm(
                siteTitle,
                tagline,
                pageSize,
                dateHeaderPattern,
                moderation,
                closeCommentsAfterDays,
                bannedWords,
                newVersion);
    }

    /** One word or phrase per line, stripped, without blank lines or repeats. */
    private String bannedWordLines() {
        return bannedWords == null
                ? ""
                : bannedWords
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .distinct()
                        .collect(Collectors.joining("\n"));
    }
}
