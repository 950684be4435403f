package app.gazette.comment;

import java.util.Locale;
import java.util.Optional;

/** What an editor can do with comments in the moderation queue. */
public enum ModerationAction {
    APPROVE,
    SPAM,
    DELETE;

    /** "approve", "spam" or "delete", as forms send it. */
    public static Optional<ModerationAction> parse(String value) {
        for (ModerationAction action : values()) {
            if (action.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
