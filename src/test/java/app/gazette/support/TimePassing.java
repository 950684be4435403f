package app.gazette.support;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/** Time passing for the running app, whose clock tests cannot move: stored rows are made older. */
public final class TimePassing {

    private TimePassing() {}

    /** Makes a comment as old as if it had been posted {@code by} earlier (flood limits look at its age). */
    public static void backdate(JdbcTemplate jdbc, long commentId, Duration by) {
        OffsetDateTime at =
                jdbc.queryForObject("select created_at from comments where id = ?", OffsetDateTime.class, commentId);
        jdbc.update("update comments set created_at = ? where id = ?", at.minus(by), commentId);
    }
}
