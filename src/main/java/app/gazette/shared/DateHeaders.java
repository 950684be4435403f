package app.gazette.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Blogger-style date headers: a header stands above the first entry of each day. */
public final class DateHeaders {

    private DateHeaders() {}

    /** Groups consecutive entries of the same day, keeping their order. */
    public static <T> List<DayGroup<T>> group(
            List<T> entries, Function<T, LocalDate> dayOf, Function<LocalDate, String> header) {
        List<DayGroup<T>> groups = new ArrayList<>();
        LocalDate current = null;
        List<T> sameDay = null;
        for (T entry : entries) {
            LocalDate day = dayOf.apply(entry);
            if (sameDay == null || !Objects.equals(day, current)) {
                current = day;
                sameDay = new ArrayList<>();
                groups.add(new DayGroup<>(header.apply(day), sameDay));
            }
            sameDay.add(entry);
        }
        return groups;
    }
}
