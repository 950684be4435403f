package app.gazette.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules against comment spam, apart from the database: what counts as spam, what waits for an
 * editor whatever the moderation mode, and from when an earlier comment makes a new one a flood.
 */
public final class CommentPolicy {

    /** From this many links on, a comment waits for an editor. */
    static final int HELD_FROM_LINKS = 2;

    private final Duration minFillTime;
    private final Duration floodWindow;
    private final Clock clock;

    public CommentPolicy(Duration minFillTime, Duration floodWindow, Clock clock) {
        this.minFillTime = minFillTime;
        this.floodWindow = floodWindow;
        this.clock = clock;
    }

    /**
     * Spam: the hidden field was filled, the form's render time is missing or forged (null), or the
     * form was sent sooner after rendering than a person could write a comment.
     */
    public boolean isSpam(boolean honeypotFilled, Instant renderedAt) {
        return honeypotFilled || renderedAt == null || clock.instant().isBefore(renderedAt.plus(minFillTime));
    }

    /** Held for an editor: two or more links, or a banned word or phrase. */
    public boolean mustHold(String body, Collection<String> bannedWords) {
        return CommentText.links(body).size() >= HELD_FROM_LINKS || containsBanned(body, bannedWords);
    }

    /** An earlier comment from the same IP or email made after this instant makes a new one a flood. */
    public Instant floodSince() {
        return clock.instant().minus(floodWindow);
    }

    public Duration floodWindow() {
        return floodWindow;
    }

    /** Whole words or phrases, any case; spaces in a phrase match any run of white space. */
    static boolean containsBanned(String body, Collection<String> bannedWords) {
        return bannedWords.stream()
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .anyMatch(word -> wholeWord(word).matcher(body).find());
    }

    private static Pattern wholeWord(String phrase) {
        String words = Stream.of(phrase.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}_])" + words + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
