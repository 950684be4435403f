package app.gazette.article;

import java.time.Instant;

/** Someone saved the article after this editor opened it: their save must not be overwritten unseen. */
public class EditConflictException extends RuntimeException {

    private final String savedBy;
    private final Instant savedAt;
    private final long currentVersion;

    EditConflictException(String savedBy, Instant savedAt, long currentVersion) {
        super(null, null, false, false);
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.currentVersion = currentVersion;
    }

    static EditConflictException of(Article article) {
        return new EditConflictException(article.lastSavedByName(), article.getUpdatedAt(), article.getVersion());
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
