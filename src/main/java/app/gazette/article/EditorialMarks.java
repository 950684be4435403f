package app.gazette.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * What the newsroom marked on an article: the time of its newest correction or update, whether it is
 * the lead story (since when, until when: null until replaced) and featured (since when). Whether a
 * mark shows is {@link FrontPagePolicy}'s to say.
 */
@Embeddable
class EditorialMarks {

    @Column(name = "noted_at")
    private Instant notedAt;

    @Column(name = "lead_since")
    private Instant leadSince;

    @Column(name = "lead_until")
    private Instant leadUntil;

    @Column(name = "featured_at")
    private Instant featuredAt;

    Instant notedAt() {
        return notedAt;
    }

    Instant leadSince() {
        return leadSince;
    }

    Instant leadUntil() {
        return leadUntil;
    }

    Instant featuredAt() {
        return featuredAt;
    }

    void noted(Instant at) {
        this.notedAt = at;
    }

    void lead(Instant since, Instant until) {
        this.leadSince = since;
        this.leadUntil = until;
    }

    void feature(Instant since) {
        this.featuredAt = since;
    }

    /** When the article last changed for readers: its newest note if it has notes, else its last save. */
    Instant modifiedAt(Instant savedAt) {
        return notedAt != null ? notedAt : savedAt;
    }
}
