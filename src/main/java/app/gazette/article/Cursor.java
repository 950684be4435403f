package app.gazette.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * A place in a newest-first list: the publish time and id of an article. Lists continue after a
 * cursor by index (keyset paging), whatever how deep they are. Written as {@code <instant>_<id>}.
 */
public record Cursor(Instant at, long id) {

    /** Before every article visible at {@code now}: the top of a list. */
    static Cursor top(Instant now) {
        return new Cursor(now, Long.MAX_VALUE);
    }

    /** The cursor a link carried, or empty if it is not one. */
    public static Optional<Cursor> parse(String token) {
        if (token == null || token.length() > 60) {
            return Optional.empty();
        }
        int separator = token.lastIndexOf('_');
        if (separator < 1 || !token.substring(separator + 1).matches("\\d{1,18}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cursor(
                    Instant.parse(token.substring(0, separator)), Long.parseLong(token.substring(separator + 1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    public String token() {
        return at + "_" + id;
    }

    boolean isAfter(Cursor other) {
        return at.isAfter(other.at) || at.equals(other.at) && id > other.id;
    }
}
