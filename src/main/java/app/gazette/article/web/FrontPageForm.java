package app.gazette.article.web;

import app.gazette.article.FrontPageChoice;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The editor page's front-page choice; leadUntil is a datetime-local value in the site's zone (blank: until replaced). */
public record FrontPageForm(
        Boolean lead,

        @Pattern(
                regexp = "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?",
                message = "{frontPage.leadUntil.invalid}")
        String leadUntil,

        Boolean featured) {

    static FrontPageForm of(FrontPageChoice choice, ZoneId zone) {
        return new FrontPageForm(
                choice.lead(),
                choice.leadUntil() == null
                        ? ""
                        : LocalDateTime.ofInstant(choice.leadUntil(), zone)
                                .truncatedTo(ChronoUnit.MINUTES)
                                .toString(),
                choice.featured());
    }

    /** @throws DateTimeParseException when leadUntil names no real time */
    FrontPageChoice choice(ZoneId zone) {
        boolean isLead = Boolean.TRUE.equals(lead);
        return new FrontPageChoice(
                isLead,
                !isLead || leadUntil == null || leadUntil.isBlank()
                        ? null
                        : LocalDateTime.parse(leadUntil).atZone(zone).toInstant(),
                Boolean.TRUE.equals(featured));
    }
}
