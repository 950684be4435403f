package app.gazette.site;

import app.gazette.pagecache.ContentVersion;
import app.gazette.pagecache.PublicContentChanged;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site settings, stored in one database row that every node reads. A node keeps what it read
 * while the {@link ContentVersion} stays the same, so a change made on another node shows as soon
 * as this node sees the new version; a change made here shows at once. The row is created from
 * GazetteProperties on first read.
 */
@Service
public class SettingsService {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_CLOSE_DAYS = 3650;
    public static final int MAX_BANNED_WORDS_LENGTH = 10_000;
    /** At most this many sections in the top menu, their names joined by newlines this long at most. */
    public static final int MAX_SECTIONS = 8;
    /** The sections column's size: 8 label names of at most 100 characters fit. */
    public static final int MAX_SECTIONS_LENGTH = 1000;

    private final SiteSettingsRepository repository;
    private final GazetteProperties properties;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;
    private final ContentVersion contentVersion;
    private final ApplicationEventPublisher events;
    private volatile Read last;

    SettingsService(
            SiteSettingsRepository repository,
            GazetteProperties properties,
            PlatformTransactionManager transactions,
            Clock clock,
            ContentVersion contentVersion,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.contentVersion = contentVersion;
        this.events = events;
    }

    /** The settings in effect now. */
    public Settings current() {
        return read().settings();
    }

    /** The zone dates are shown in: the one an admin chose, else GAZETTE_TIME_ZONE. */
    public ZoneId timeZone() {
        ZoneId zone = read().zone();
        return zone != null ? zone : properties.timeZone();
    }

    /**
     * Shows dates in this zone from now on; {@link SiteTimeZoneChanged} lets articles move to the
     * months and days of the new zone in the same transaction.
     *
     * @throws SettingsConflictException if another node saved the settings at the same moment
     */
    public void setTimeZone(ZoneId zone) {
        change("time-zone", row -> {
            boolean changed = row.timeZone(zone, clock.instant());
            if (changed) {
                events.publishEvent(new SiteTimeZoneChanged(zone));
            }
            return changed;
        });
    }

    /** The media library's picture that is the site logo now, if one is set. */
    public Optional<Long> logoMediaId() {
        return Optional.ofNullable(read().logo());
    }

    /** The label names of the top menu, in order; empty when none are chosen. */
    public List<String> sections() {
        return read().sections();
    }

    /**
     * Makes these label names the top menu, in this order (the site feature's SiteSections checks
     * them); pages show the change at once.
     *
     * @throws SettingsConflictException if another node saved the settings at the same moment
     */
    public void setSections(List<String> names) {
        if (names.size() > MAX_SECTIONS || String.join("\n", names).length() > MAX_SECTIONS_LENGTH) {
            throw new IllegalArgumentException("too many sections");
        }
        change("sections", row -> row.sections(names, clock.instant()));
    }

    /** Whether the stored settings name this picture as the logo, read now in the caller's transaction. */
    public boolean isLogo(long mediaId) {
        return repository
                .findById(SiteSettings.ID)
                .map(SiteSettings::getLogoMediaId)
                .filter(logo -> logo == mediaId)
                .isPresent();
    }

    /**
     * Makes the picture with this id the site logo (null: no logo), in the caller's transaction when
     * there is one. The media feature checks the picture exists; pages show the change at once.
     *
     * @throws SettingsConflictException if another node saved the settings at the same moment
     */
    public void setLogo(Long mediaId) {
        change("logo", row -> row.logo(mediaId, clock.instant()));
    }

    /** Applies a change to the stored row, in the caller's transaction when there is one. */
    private void change(String what, Predicate<SiteSettings> changed) {
        current();
        try {
            transaction.executeWithoutResult(status -> {
                SiteSettings row = repository.findById(SiteSettings.ID).orElseThrow();
                if (changed.test(row)) {
                    repository.flush();
                    announce(row.toSettings(), what);
                }
            });
        } catch (OptimisticLockingFailureException raced) {
            throw new SettingsConflictException();
        } finally {
            last = null;
        }
    }

    private Read read() {
        Read read = last;
        long version = contentVersion.current().version();
        if (read != null && read.version() == version) {
            return read;
        }
        SiteSettings row = repository.findById(SiteSettings.ID).orElse(null);
        read = row == null
                ? new Read(createRow(), null, List.of(), null, version)
                : new Read(row.toSettings(), row.getLogoMediaId(), row.getSections(), zone(row), version);
        last = read;
        return read;
    }

    /**
     * Saves new settings if nobody saved since {@code values.version()} was read.
     *
     * @throws SettingsConflictException if someone did
     * @throws IllegalArgumentException  if a value breaks a rule (forms check them first)
     */
    public Settings update(Settings values) {
        check(values);
        current();
        try {
            Settings saved = transaction.execute(status -> {
                SiteSettings row = repository.findById(SiteSettings.ID).orElseThrow();
                if (row.getVersion() != values.version()) {
                    throw new SettingsConflictException();
                }
                row.apply(values, clock.instant());
                repository.flush();
                Settings stored = row.toSettings();
                announce(stored, "settings");
                return stored;
            });
            last = null;
            return saved;
        } catch (OptimisticLockingFailureException raced) {
            throw new SettingsConflictException();
        }
    }

    private void announce(Settings saved, String what) {
        events.publishEvent(new SettingsChanged(what));
        events.publishEvent(new SiteChanged(saved.siteTitle(), saved.tagline(), clock.instant()));
        events.publishEvent(new PublicContentChanged("settings"));
    }

    /** Whether a date-header pattern is valid and formats a date (no time fields). */
    public static boolean isValidDatePattern(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return false;
        }
        try {
            DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(LocalDate.of(2019, 2, 9));
            return true;
        } catch (IllegalArgumentException | DateTimeException e) {
            return false;
        }
    }

    private static void check(Settings values) {
        boolean valid = values.siteTitle() != null
                && !values.siteTitle().isBlank()
                && values.siteTitle().length() <= 100
                && values.tagline() != null
                && values.tagline().length() <= 200
                && values.pageSize() >= 1
                && values.pageSize() <= MAX_PAGE_SIZE
                && isValidDatePattern(values.dateHeaderPattern())
                && values.dateHeaderPattern().length() <= 50
                && values.moderation() != null
                && values.closeCommentsAfterDays() >= 0
                && values.closeCommentsAfterDays() <= MAX_CLOSE_DAYS
                && values.bannedWords() != null
                && values.bannedWords().length() <= MAX_BANNED_WORDS_LENGTH;
        if (!valid) {
            throw new IllegalArgumentException("invalid settings");
        }
    }

    /** The first read on an empty table stores the initial values; a node racing us wins quietly. */
    private Settings createRow() {
        try {
            return separateTransaction.execute(status -> repository
                    .saveAndFlush(new SiteSettings(Settings.initial(properties), clock.instant()))
                    .toSettings());
        } catch (DataIntegrityViolationException raced) {
            return separateTransaction.execute(
                    status -> repository.findById(SiteSettings.ID).orElseThrow().toSettings());
        }
    }

    /** The stored zone; null when none is, or one this JVM no longer knows. */
    private static ZoneId zone(SiteSettings row) {
        try {
            return row.getTimeZone() == null ? null : ZoneId.of(row.getTimeZone());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private record Read(Settings settings, Long logo, List<String> sections, ZoneId zone, long version) {}
}
