package app.gazette.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.security.LoginGuard;
import app.gazette.support.MutableClock;
import app.gazette.user.TwoFactorRefused.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Two-factor sign-in against the database, with a clock the test moves. */
@DataJpaTest
@Import({
    TwoFactorService.class,
    UserService.class,
    UserSessions.class,
    StaffSignIn.class,
    LoginGuard.class,
    TwoFactorServiceTest.Config.class
})
@RecordApplicationEvents
class TwoFactorServiceTest {

    @TestConfiguration
    static class Config {
        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-12-03T10:00:05Z"));
        }
    }

    static final String PASSWORD = "correct horse battery";
    static final String IP = "203.0.113.9";

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    UserService users;

    @Autowired
    StaffSignIn steps;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    String secret;
    List<String> recoveryCodes;

    @BeforeEach
    void adaTurnsItOn() {
        users.create(new NewUser("ada", "ada@example.org", "Ada", Role.EDITOR, PASSWORD));
        secret = twoFactor.pendingSecret("ada");
        recoveryCodes = twoFactor.confirm("ada", codeIn(0));
    }

    String codeIn(int steps) {
        return Totp.code(secret, Totp.step(clock.instant()) + steps);
    }

    static void refused(Reason reason, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        TwoFactorRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    @Test
    void confirmingTurnsItOnWithTenRecoveryCodesAndAsksTheCodeAtSignIn() {
        assertThat(recoveryCodes).hasSize(10);
        assertThat(twoFactor.status("ada").twoFactorOn()).isTrue();
        assertThat(twoFactor.status("ada").recoveryCodesLeft()).isEqualTo(10);
        assertThat(steps.next("ada", false))
                .hasValueSatisfying(step -> assertThat(step.name()).isEqualTo("SECOND_FACTOR"));
        refused(Reason.ALREADY_ON, () -> twoFactor.pendingSecret("ada"));
    }

    @Test
    void eachChangeIsAnnouncedAndAPlainCodeOrARepeatedRequirementIsNot() {
        twoFactor.signIn("ada", codeIn(1), IP);
        twoFactor.signIn("ada", recoveryCodes.get(0), IP);
        twoFactor.require(true);
        twoFactor.require(true);
        twoFactor.require(false);
        twoFactor.disable("ada", PASSWORD);

        assertThat(events.stream(TwoFactorChanged.class))
                .containsExactly(
                        new TwoFactorChanged("ada", TwoFactorChanged.Change.ENABLED),
                        new TwoFactorChanged("ada", TwoFactorChanged.Change.RECOVERY_CODE_USED),
                        new TwoFactorChanged(null, TwoFactorChanged.Change.REQUIRED_FOR_STAFF),
                        new TwoFactorChanged(null, TwoFactorChanged.Change.NOT_REQUIRED_FOR_STAFF),
                        new TwoFactorChanged("ada", TwoFactorChanged.Change.DISABLED));
    }

    @Test
    void aWrongCodeDoesNotConfirm() {
        users.create(new NewUser("bob", "bob@example.org", "Bob", Role.EDITOR, PASSWORD));
        twoFactor.pendingSecret("bob");

        refused(Reason.WRONG_CODE, () -> twoFactor.confirm("bob", "000000"));
        assertThat(twoFactor.status("bob").twoFactorOn()).isFalse();
    }

    @Test
    void aCodeOfTheNextStepSignsInOnceAndIsRefusedWhenReplayed() {
        String code = codeIn(1);

        assertThatCode(() -> twoFactor.signIn("ada", code, IP)).doesNotThrowAnyException();
        refused(Reason.WRONG_CODE, () -> twoFactor.signIn("ada", code, IP));
    }

    @Test
    void theCodeUsedToConfirmCannotSignIn() {
        refused(Reason.WRONG_CODE, () -> twoFactor.signIn("ada", codeIn(0), IP));
    }

    @Test
    void anOlderCodeThanTheLastUsedIsRefusedEvenInsideTheWindow() {
        clock.advance(Duration.ofSeconds(30));
        twoFactor.signIn("ada", codeIn(1), IP);

        refused(Reason.WRONG_CODE, () -> twoFactor.signIn("ada", codeIn(0), IP));
    }

    @Test
    void codesOlderThanOneStepAreRefused() {
        String code = codeIn(1);
        clock.advance(Duration.ofSeconds(90));

        refused(Reason.WRONG_CODE, () -> twoFactor.signIn("ada", code, IP));
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        String code = recoveryCodes.get(3);

        assertThatCode(() -> twoFactor.signIn("ada", code, IP)).doesNotThrowAnyException();
        refused(Reason.WRONG_CODE, () -> twoFactor.signIn("ada", code, IP));
        assertThat(twoFactor.status("ada").recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void wrongCodesLockTheSignInEvenForTheRightCode() {
        for (int i = 0; i < 4; i++) {
            refused(Reason.WRONG_CODE, () -> twoFactor.signIn("ada", "000000", IP));
        }
        refused(Reason.LOCKED, () -> twoFactor.signIn("ada", "000000", IP));

        assertThatThrownBy(() -> twoFactor.signIn("ada", codeIn(1), IP))
                .isInstanceOfSatisfying(
                        TwoFactorRefused.class,
                        refused -> assertThat(refused.lock()).isPresent());
    }

    @Test
    void turningItOffNeedsACurrentCodeOrThePassword() {
        refused(Reason.WRONG_CODE_OR_PASSWORD, () -> twoFactor.disable("ada", "wrong password!"));

        twoFactor.disable("ada", PASSWORD);

        assertThat(twoFactor.status("ada")).isEqualTo(new AccountSecurity(false, 0, false, false));
        assertThat(steps.next("ada", false)).isEmpty();
    }

    @Test
    void whenRequiredStaffWithoutItAreSentToTurnItOn() {
        users.create(new NewUser("bob", "bob@example.org", "Bob", Role.EDITOR, PASSWORD));

        twoFactor.require(true);

        assertThat(steps.next("bob", false))
                .hasValueSatisfying(step -> assertThat(step.page()).isEqualTo("/admin/account/two-factor"));
        assertThat(steps.next("ada", true)).isEmpty();
    }

    @Test
    void aPasswordResetByAnAdminMustBeReplacedByOneOfTheirOwn() {
        long bob = users.create(new NewUser("bob", "bob@example.org", "Bob", Role.EDITOR, PASSWORD));

        users.resetPassword(bob, "given by the admin");
        assertThat(steps.next("bob", false))
                .hasValueSatisfying(step -> assertThat(step.page()).isEqualTo("/admin/account"));

        users.changeOwnPassword("bob", "given by the admin", "chosen by bob himself", null);
        assertThat(steps.next("bob", false)).isEmpty();
    }
}
