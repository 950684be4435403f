package app.gazette.security;

import java.util.Optional;

/**
 * What a member who gave the right password must still do before the newsroom opens to them:
 * implemented by the users feature, asked on every newsroom request ({@link SignInSteps}).
 */
public interface SignInRequirements {

    /** The steps, in the order they are asked, each with the only page that may be reached meanwhile. */
    enum Step {
        /** Give a code from the authenticator app, or a recovery code. */
        SECOND_FACTOR("/admin/sign-in/code", SecondFactor.AUTHORITY),
        /** Choose one's own password (first start, or after an admin reset it). */
        NEW_PASSWORD("/admin/account", "STEP_NEW_PASSWORD"),
        /** Turn two-factor sign-in on: the admin requires it of all staff. */
        ENROL_SECOND_FACTOR("/admin/account/two-factor", "STEP_ENROL_SECOND_FACTOR");

        private final String page;
        private final String authority;

        Step(String page, String authority) {
            this.page = page;
            this.authority = authority;
        }

        public String page() {
            return page;
        }

        /** The authority an unfinished step is missing, which names the page to send the member to. */
        String authority() {
            return authority;
        }
    }

    /** The next step for this member, given whether this session has passed the second factor. */
    Optional<Step> next(String username, boolean secondFactorPassed);
}
