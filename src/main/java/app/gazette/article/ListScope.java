package app.gazette.article;

import java.time.Instant;
import java.util.Map;

/** Which visible articles a list holds: all, a label's, a period's or an author's. */
record ListScope(String join, String where, Map<String, Object> parameters) {

    static final ListScope ALL = new ListScope("", "", Map.of());

    static ListScope label(long labelId) {
        return new ListScope(" join a.labels l", " and l.id = :labelId", Map.of("labelId", labelId));
    }

    /** Published in [from, to): a month or year of the site's calendar, served by the time index. */
    static ListScope between(Instant from, Instant to) {
        return new ListScope("", " and a.publishAt >= :from and a.publishAt < :to", Map.of("from", from, "to", to));
    }

    static ListScope author(String username) {
        return new ListScope("", " and u.username = :username", Map.of("username", username));
    }
}
