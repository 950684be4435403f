package app.gazette.article;

/** A correction or update an editor adds while saving a published article; kind null: none. */
public record NoteDraft(NoteKind kind, String text) {

    public static final NoteDraft NONE = new NoteDraft(null, null);

    public boolean isMarked() {
        return kind != null;
    }
}
