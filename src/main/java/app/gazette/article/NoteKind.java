package app.gazette.article;

import java.util.Locale;

/** What a note on a published article says happened: a mistake put right, or news added. */
public enum NoteKind {
    CORRECTION,
    UPDATE;

    /** Lower case, for message keys and CSS classes. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
