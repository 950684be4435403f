package app.gazette.audit.web;

import app.gazette.audit.AuditAction;
import app.gazette.audit.AuditQuery;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The audit page's filter, as typed: a user name, an action key, and days from and to (both
 * included, typed yyyy-mm-dd, in the site's time zone). Blank means any.
 */
public record AuditFilterForm(
        @Size(max = 100, message = "{audit.filter.user.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{form.controlCharacters}")
        String user,

        String action,

        @Pattern(regexp = DATE, message = "{audit.filter.date.invalid}")
        String from,

        @Pattern(regexp = DATE, message = "{audit.filter.date.invalid}")
        String to) {

    static final String DATE = "(\\d{4}-\\d{2}-\\d{2})?";

    static AuditFilterForm empty() {
        return new AuditFilterForm("", "", "", "");
    }

    /** Only actions the log knows; the select offers no other. */
    @AssertTrue(message = "{audit.filter.action.unknown}")
    public boolean isActionKnown() {
        return blank(action) || AuditAction.byKey(action).isPresent();
    }

    /** Days that exist (no 31 February), the first not after the last. */
    @AssertTrue(message = "{audit.filter.range.invalid}")
    public boolean isRangeValid() {
        try {
            LocalDate first = day(from);
            LocalDate last = day(to);
            return first == null || last == null || !first.isAfter(last);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The query for a valid form: the last day included up to its end. */
    AuditQuery toQuery(ZoneId zone, int page) {
        LocalDate first = day(from);
        LocalDate last = day(to);
        return new AuditQuery(
                blank(user) ? null : user.strip(),
                blank(action) ? null : AuditAction.byKey(action).orElseThrow(),
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(),
                page);
    }

    private static LocalDate day(String text) {
        return blank(text) || !text.matches(DATE) ? null : LocalDate.parse(text);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
