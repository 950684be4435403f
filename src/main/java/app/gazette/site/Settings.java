package app.gazette.site;

import java.util.List;

/**
 * The site settings admins edit, as every node reads them from the database. {@code version}
 * lets a save notice that someone else saved in between.
 */
public record Settings(
        String siteTitle,
        String tagline,
        int pageSize,
        String dateHeaderPattern,
        ModerationMode moderation,
        int closeCommentsAfterDays,
        String bannedWords,
        long version) {

    /** The values the site starts with: GazetteProperties (environment variables). */
    public static Settings initial(GazetteProperties properties) {
        return new Settings(
                properties.siteTitle(),
                properties.tagline() == null ? "" : properties.tagline(),
                properties.pageSize(),
                properties.dateHeaderPattern(),
                properties.comments().moderation(),
                0,
                "",
                0);
    }

    /** The banned words and phrases: one per line of bannedWords, blank lines left out. */
    public List<String> bannedWordList() {
        return bannedWords
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
