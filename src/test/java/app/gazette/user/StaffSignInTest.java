package app.gazette.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.security.SignInRequirements.Step;
import org.junit.jupiter.api.Test;

/** The order of the steps after the password: second factor, own password, enrolment if required. */
class StaffSignInTest {

    @Test
    void theSecondFactorComesFirstThenTheOwnPassword() {
        assertThat(StaffSignIn.step(true, true, false, false)).contains(Step.SECOND_FACTOR);
        assertThat(StaffSignIn.step(true, true, false, true)).contains(Step.NEW_PASSWORD);
    }

    @Test
    void enrolmentIsAskedOnlyWhenRequiredAndOff() {
        assertThat(StaffSignIn.step(false, false, true, false)).contains(Step.ENROL_SECOND_FACTOR);
        assertThat(StaffSignIn.step(false, true, true, false)).contains(Step.NEW_PASSWORD);
        assertThat(StaffSignIn.step(true, false, true, true)).isEmpty();
        assertThat(StaffSignIn.step(false, false, false, false)).isEmpty();
    }
}
