package app.gazette.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How the site shows dates: its time zone, locale and the formats of date headers and times. The
 * site settings make the application's instance (the date-header pattern changes at run time).
 */
public class SiteFormats {

    private final Supplier<ZoneId> zone;
    private final Locale locale;
    private final Supplier<String> dateHeaderPattern;
    private volatile DateHeader dateHeader;
    private final DateTimeFormatter time;
    private final DateTimeFormatter monthName;

    /** Date headers in the pattern the supplier gives at the time, in one fixed zone. */
    public SiteFormats(ZoneId zone, Locale locale, Supplier<String> dateHeaderPattern) {
        this(() -> zone, locale, dateHeaderPattern);
    }

    /** Dates in the zone, and headers in the pattern, that the suppliers give at the time. */
    public SiteFormats(Supplier<ZoneId> zone, Locale locale, Supplier<String> dateHeaderPattern) {
        this.zone = zone;
        this.locale = locale;
        this.dateHeaderPattern = dateHeaderPattern;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        this.monthName = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    }

    /**
     * An instant as machines read it in HTML ({@code <time datetime>}), JSON-LD, feeds and sitemaps:
     * UTC to the whole second, "2019-02-09T10:15:00Z" (HTML allows at most three digits of a fraction).
     */
    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    public ZoneId zone() {
        return zone.get();
    }

    public Locale locale() {
        return locale;
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    /** "Saturday 9 February 2019" (by default; pattern and locale are configurable). */
    public String dateHeader(LocalDate day) {
        return dateHeader().format(day);
    }

    public String time(Instant instant) {
        return time.format(instant.atZone(zone()));
    }

    /** Date and time for a reader, for example a comment's. */
    public String dateTime(Instant instant) {
        ZonedDateTime at = instant.atZone(zone());
        return dateHeader().format(at) + ", " + time.format(at);
    }

    /** The publish month as yyyyMM in the site's zone. */
    public int monthOf(Instant instant) {
        YearMonth month = YearMonth.from(instant.atZone(zone()));
        return month.getYear() * 100 + month.getMonthValue();
    }

    public String monthName(YearMonth month) {
        return monthName.format(month);
    }

    /** The date header pattern as set, "EEEE d MMMM yyyy" by default. */
    public String dateHeaderPattern() {
        return dateHeaderPattern.get();
    }

    /** The formatter of the current pattern, built again only when the pattern changes. */
    private DateTimeFormatter dateHeader() {
        String pattern = dateHeaderPattern.get();
        DateHeader known = dateHeader;
        if (known == null || !known.pattern().equals(pattern)) {
            known = new DateHeader(pattern, DateTimeFormatter.ofPattern(pattern, locale));
            dateHeader = known;
        }
        return known.formatter();
    }

    private record DateHeader(String pattern, DateTimeFormatter formatter) {}
}
