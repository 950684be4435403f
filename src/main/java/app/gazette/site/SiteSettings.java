package app.gazette.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** The one row (id = 1) of site settings. */
@Entity
@Table(name = "site_settings")
class SiteSettings {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "site_title", nullable = false)
    private String siteTitle;

    @Column(nullable = false)
    private String tagline;

    @Column(name = "page_size", nullable = false)
    private int pageSize;

    @Column(name = "date_header_pattern", nullable = false)
    private String dateHeaderPattern;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModerationMode moderation;

    @Column(name = "close_comments_after_days", nullable = false)
    private int closeCommentsAfterDays;

    @Column(name = "banned_words", nullable = false)
    private String bannedWords;

    /** The media library's picture shown as the site logo; null when there is none. */
    @Column(name = "logo_media_id")
    private Long logoMediaId;

    /** The top menu's label names, one a line, in order; null when none are chosen. */
    @Column(name = "sections")
    private String sections;

    /** The zone dates are shown in; null: the configured one. */
    @Column(name = "time_zone")
    private String timeZone;

    /** Null until stored, so that saving a new row inserts it (never overwrites one). */
    @Version
    private Long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SiteSettings() {}

    SiteSettings(Settings values, Instant now) {
        this.id = ID;
        apply(values, now);
    }

    void apply(Settings values, Instant now) {
        this.siteTitle = values.siteTitle();
        this.tagline = values.tagline();
        this.pageSize = values.pageSize();
        this.dateHeaderPattern = values.dateHeaderPattern();
        this.moderation = values.moderation();
        this.closeCommentsAfterDays = values.closeCommentsAfterDays();
        this.bannedWords = values.bannedWords();
        this.updatedAt = now;
    }

    /** Points the logo at a picture (null: none); true when that changed anything. */
    boolean logo(Long mediaId, Instant now) {
        if (Objects.equals(logoMediaId, mediaId)) {
            return false;
        }
        this.logoMediaId = mediaId;
        this.updatedAt = now;
        return true;
    }

    /** Sets the menu's label names (empty: none); true when that changed anything. */
    boolean sections(List<String> names, Instant now) {
        String joined = names.isEmpty() ? null : String.join("\n", names);
        if (Objects.equals(sections, joined)) {
            return false;
        }
        this.sections = joined;
        this.updatedAt = now;
        return true;
    }

    /** Sets the zone dates are shown in; true when that changed anything. */
    boolean timeZone(ZoneId zone, Instant now) {
        if (Objects.equals(timeZone, zone.getId())) {
            return false;
        }
        this.timeZone = zone.getId();
        this.updatedAt = now;
        return true;
    }

    String getTimeZone() {
        return timeZone;
    }

    List<String> getSections() {
        return sections == null ? List.of() : sections.lines().toList();
    }

    Long getLogoMediaId() {
        return logoMediaId;
    }

    long getVersion() {
        return version;
    }

    Settings toSettings() {
        return new Settings(
                siteTitle,
                tagline,
                pageSize,
                dateHeaderPattern,
                moderation,
                closeCommentsAfterDays,
                bannedWords,
                version);
    }
}
