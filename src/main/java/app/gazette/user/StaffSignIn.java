package app.gazette.user;

import app.gazette.security.SignInRequirements;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps after the password, from the database on each newsroom request (so a change on one
 * node holds on all): the second factor if it is on, then a password of one's own if one must be
 * chosen, then enrolment if the admin requires two-factor sign-in and it is off.
 */
@Service
class StaffSignIn implements SignInRequirements {

    private final JdbcTemplate jdbc;

    StaffSignIn(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Step> next(String username, boolean secondFactorPassed) {
        return jdbc
                .query(
                        "SELECT CASE WHEN u.totp_enabled_at IS NULL THEN FALSE ELSE TRUE END,"
                                + " u.must_change_password, p.two_factor_required"
                                + " FROM users u CROSS JOIN staff_sign_in_policy p WHERE u.username = ?",
                        (row, n) -> step(row.getBoolean(1), row.getBoolean(2), row.getBoolean(3), secondFactorPassed),
                        username)
                .stream()
                .findFirst()
                .flatMap(step -> step);
    }

    static Optional<Step> step(boolean enabled, boolean mustChangePassword, boolean required, boolean passed) {
        if (enabled && !passed) {
            return Optional.of(Step.SECOND_FACTOR);
        }
        if (mustChangePassword) {
            return Optional.of(Step.NEW_PASSWORD);
        }
        if (required && !enabled) {
            return Optional.of(Step.ENROL_SECOND_FACTOR);
        }
        return Optional.empty();
    }
}
