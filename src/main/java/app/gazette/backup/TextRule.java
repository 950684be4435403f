package app.gazette.backup;

import app.gazette.article.Slugs;
import app.gazette.media.MediaArchive;
import app.gazette.site.SettingsService;
import java.util.regex.Pattern;

/**
 * What the editor, the forms and the importer would accept in a text column beyond its length: a
 * restored value is held to the same rules, so a tampered backup cannot put on a page what no
 * Gazette screen could. Each gives the problem's message suffix (backup.error.field.*) or null.
 */
enum TextRule {
    /** Anything (import keys): the database's length is the only rule. */
    ANY(null, null),
    /** One line: no control characters (the forms' SINGLE_LINE). */
    LINE(Pattern.compile("[^\\p{Cntrl}]*"), "controlCharacters"),
    /** Several lines: tabs and line breaks, no other control characters (the forms' MULTI_LINE). */
    TEXT(Pattern.compile("[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*"), "controlCharacters"),
    /** An article's slug as Gazette makes them: lower-case letters and digits joined by hyphens. */
    SLUG(null, "notSlug") {
        @Override
        String problem(String value) {
            return Slugs.isSlug(value) ? null : problem;
        }
    },
    /** A login: one line without white space at either end (new accounts: letters, digits, ._@-). */
    LOGIN(Pattern.compile("[^\\p{Cntrl}\\s](?:[^\\p{Cntrl}]*[^\\p{Cntrl}\\s])?"), "invalid"),
    EMAIL(Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+"), "notEmail"),
    /** An address as the servlet container gives it: IPv4, IPv6 (with a zone), or a proxy's host name. */
    IP(Pattern.compile("[0-9A-Za-z:._%-]+"), "invalid"),
    DATE_PATTERN(null, "invalid") {
        @Override
        String problem(String value) {
            return SettingsService.isValidDatePattern(value) ? null : problem;
        }
    },
    /** An old address as the importer stores it (OldLinks.normalize): a path without a trailing slash. */
    PATH(Pattern.compile("/(?:.*[^/])?", Pattern.DOTALL), "invalid"),
    /** A SHA-256 digest in lower-case hex, as the media library records a picture's. */
    HASH(Pattern.compile("[0-9a-f]{64}"), "invalid"),
    /** A key of the media store: relative, lower-case segments, no {@code ..} (MediaArchive.isKey). */
    MEDIA_KEY(null, "invalid") {
        @Override
        String problem(String value) {
            return MediaArchive.isKey(value) ? null : problem;
        }
    };

    private final Pattern pattern;
    final String problem;

    TextRule(Pattern pattern, String problem) {
        this.pattern = pattern;
        this.problem = problem;
    }

    String problem(String value) {
        return pattern == null || pattern.matcher(value).matches() ? null : problem;
    }
}
