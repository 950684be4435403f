package app.gazette.article;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * When a note may be added: only while saving a change to an article readers can see now (not a
 * draft, not a scheduled one, not while unpublishing), and only with its text, at most
 * {@link #MAX_LENGTH} characters.
 */
@Component
class NotePolicy {

    static final int MAX_LENGTH = 500;

    private final Clock clock;

    NotePolicy(Clock clock) {
        this.clock = clock;
    }

    /** @throws ArticleFieldException naming the field to change when the note cannot be added */
    void check(Article article, EditAction action, NoteDraft note) {
        if (!note.isMarked()) {
            return;
        }
        if (action != EditAction.SAVE || !article.isVisibleAt(clock.instant())) {
            throw new ArticleFieldException("noteKind", "article.note.notPublished");
        }
        String text = note.text() == null ? "" : note.text().strip();
        if (text.isEmpty()) {
            throw new ArticleFieldException("note", "article.note.required");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new ArticleFieldException("note", "article.note.size");
        }
    }
}
