package app.gazette.site;

import app.gazette.comment.ModerationMode;

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
        long version) {

    /** The values the site starts with: GazetteProperties (environment variables). */
    public static Settings initial(GazetteProperties properties) {
        return new Settings(properties.siteTitle(), properties.tagline() == null ? "" : properties.tagline(),
                properties.pageSize(), properties.dateHeaderPattern(), properties.comments().moderation(), 0, 0);
    }
}
