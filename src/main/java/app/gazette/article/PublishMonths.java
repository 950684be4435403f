package app.gazette.article;

import app.gazette.shared.Rows;
import app.gazette.site.SiteTimeZoneChanged;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each article's publish month (its archive month and permalink month) in the site's zone:
 * when the zone changes, in the same transaction, the articles whose month differs there move
 * (their old permalinks answer with a 301, as for any stale month).
 */
@Component
class PublishMonths {

    private final JdbcTemplate jdbc;

    PublishMonths(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void zoneChanged(SiteTimeZoneChanged changed) {
        ZoneId zone = changed.zone();
        List<Object[]> moved = new ArrayList<>();
        jdbc.query("SELECT id, publish_at, publish_month FROM articles WHERE publish_at IS NOT NULL", row -> {
            YearMonth month = YearMonth.from(
                    row.getObject(2, OffsetDateTime.class).toInstant().atZone(zone));
            int value = month.getYear() * 100 + month.getMonthValue();
            if (value != row.getInt(3)) {
                moved.add(new Object[] {value, row.getLong(1)});
            }
        });
        Rows.batch(jdbc, "UPDATE articles SET publish_month = ? WHERE id = ?", moved);
    }
}
