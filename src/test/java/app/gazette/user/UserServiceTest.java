package app.gazette.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.security.LoginGuard;
import app.gazette.shared.NotFoundException;
import app.gazette.user.UserChangeRefused.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The rules of users: passwords, unique logins and emails, and always an admin who can log in. */
@DataJpaTest
@Import({UserService.class, UserSessions.class, LoginGuard.class, UserServiceTest.Config.class})
class UserServiceTest {

    @TestConfiguration
    static class Config {
        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2019-02-09T10:15:00Z"), ZoneOffset.UTC);
        }
    }

    static final String PASSWORD = "correct horse battery";

    @Autowired
    UserService service;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    long create(String username, Role role) {
        return service.create(new NewUser(username, username + "@example.org", "Name " + username, role, PASSWORD));
    }

    static void refused(Reason reason, ThrowingCallable change) {
        assertThatThrownBy(change)
                .isInstanceOfSatisfying(
                        UserChangeRefused.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(reason));
    }

    @Test
    void createdUsersHaveABcryptHashAndANormalisedEmail() {
        long id = service.create(new NewUser(" carol ", " Carol@Example.ORG ", " Carol Reed ", Role.EDITOR, PASSWORD));

        User carol = users.findById(id).orElseThrow();
        assertThat(carol.getUsername()).isEqualTo("carol");
        assertThat(carol.getEmail()).isEqualTo("carol@example.org");
        assertThat(carol.getDisplayName()).isEqualTo("Carol Reed");
        assertThat(carol.isEnabled()).isTrue();
        assertThat(carol.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(passwords.matches(PASSWORD, carol.getPasswordHash())).isTrue();
        assertThat(carol.getCreatedAt()).isEqualTo(Instant.parse("2019-02-09T10:15:00Z"));
    }

    @Test
    void passwordsNeedTwelveCharactersAtMost72BytesAndNotTheEmail() {
        refused(
                Reason.PASSWORD_TOO_SHORT,
                () -> service.create(new NewUser("a", "a@example.org", "A", Role.EDITOR, "elevenchars")));
        refused(
                Reason.PASSWORD_TOO_LONG,
                () -> service.create(new NewUser("a", "a@example.org", "A", Role.EDITOR, "é".repeat(37))));
        refused(
                Reason.PASSWORD_IS_EMAIL,
                () -> service.create(
                        new NewUser("a", "long.address@example.org", "A", Role.EDITOR, "Long.Address@example.org")));
        assertThat(users.count()).isZero();

        service.create(new NewUser("a", "a@example.org", "A", Role.EDITOR, "twelve chars"));
        assertThat(users.count()).isOne();
    }

    @Test
    void emailsAndLoginsAreUniqueWhateverTheirCase() {
        create("ada", Role.EDITOR);

        refused(
                Reason.EMAIL_TAKEN,
                () -> service.create(new NewUser("other", "ADA@example.org", "Other", Role.EDITOR, PASSWORD)));
        refused(
                Reason.USERNAME_TAKEN,
                () -> service.create(new NewUser("Ada", "other@example.org", "Other", Role.EDITOR, PASSWORD)));
        assertThat(users.count()).isOne();
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledOrDemoted() {
        long ada = create("ada", Role.ADMIN);

        refused(Reason.LAST_ADMIN, () -> service.setEnabled(ada, false));
        refused(Reason.LAST_ADMIN, () -> service.changeRole(ada, Role.EDITOR));

        User stored = users.findById(ada).orElseThrow();
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void withTwoAdminsOneCanGoButNotBoth() {
        long ada = create("ada", Role.ADMIN);
        long bob = create("bob", Role.ADMIN);

        service.setEnabled(ada, false);
        refused(Reason.LAST_ADMIN, () -> service.changeRole(bob, Role.EDITOR));

        service.setEnabled(ada, true);
        service.changeRole(bob, Role.EDITOR);
        refused(Reason.LAST_ADMIN, () -> service.setEnabled(ada, false));
        assertThat(users.findById(bob).orElseThrow().getRole()).isEqualTo(Role.EDITOR);
    }

    @Test
    void editorsCanBeDisabledPromotedAndEnabledFreely() {
        long ada = create("ada", Role.ADMIN);
        long ed = create("ed", Role.EDITOR);

        service.setEnabled(ed, false);
        assertThat(users.findById(ed).orElseThrow().isEnabled()).isFalse();
        service.setEnabled(ed, true);
        service.changeRole(ed, Role.ADMIN);

        service.setEnabled(ada, false);
        assertThat(users.findById(ada).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOne() {
        create("ada", Role.EDITOR);

        refused(
                Reason.WRONG_CURRENT_PASSWORD,
                () -> service.changeOwnPassword("ada", "wrong password", "new password 12", "this-session"));
        refused(
                Reason.PASSWORD_IS_EMAIL,
                () -> service.changeOwnPassword("ada", PASSWORD, "ada@example.org", "this-session"));
        refused(Reason.PASSWORD_TOO_SHORT, () -> service.changeOwnPassword("ada", PASSWORD, "short", "this-session"));
        service.changeOwnPassword("ada", PASSWORD, "new password 12", "this-session");

        String hash = users.findByUsername("ada").orElseThrow().getPasswordHash();
        assertThat(passwords.matches("new password 12", hash)).isTrue();
        assertThat(passwords.matches(PASSWORD, hash)).isFalse();
    }

    @Test
    void theCurrentPasswordCheckIsThrottled() {
        create("throttled", Role.EDITOR);
        for (int i = 1; i <= 4; i++) {
            String guess = "wrong guess " + i;
            refused(
                    Reason.WRONG_CURRENT_PASSWORD,
                    () -> service.changeOwnPassword("throttled", guess, "new password 12", "this-session"));
        }

        refused(
                Reason.CURRENT_PASSWORD_LOCKED,
                () -> service.changeOwnPassword("throttled", "wrong guess 5", "new password 12", "this-session"));
        assertThatThrownBy(() -> service.changeOwnPassword("throttled", PASSWORD, "new password 12", "this-session"))
                .isInstanceOfSatisfying(UserChangeRefused.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Reason.CURRENT_PASSWORD_LOCKED);
                    assertThat(refusal.retryAfter()).isEqualTo(Duration.ofMinutes(10));
                });
        assertThat(passwords.matches(
                        PASSWORD,
                        users.findByUsername("throttled").orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void newLoginsAreUniqueInTheirCanonicalForm() {
        create("ada", Role.EDITOR);

        for (String same : List.of("ADA", "\uff41da", "ada\u0001", "\u200bAda")) {
            assertThatThrownBy(() ->
                            service.create(new NewUser(same, "other@example.org", "Other", Role.EDITOR, PASSWORD)))
                    .as(same)
                    .isInstanceOfSatisfying(
                            UserChangeRefused.class,
                            refusal -> assertThat(refusal.reason()).isEqualTo(Reason.USERNAME_TAKEN));
        }
        assertThat(users.count()).isOne();
    }

    @Test
    void controlCharactersAreRefusedInNewLogins() {
        refused(
                Reason.USERNAME_INVALID,
                () -> service.create(new NewUser("e\u0001d", "ed@example.org", "Ed", Role.EDITOR, PASSWORD)));
        refused(Reason.USERNAME_INVALID, () -> service.createAdmin("ro\u0000ot", PASSWORD));
        assertThat(users.count()).isZero();
    }

    @Test
    void resetPasswordFollowsTheRulesAndReplacesTheHash() {
        long ed = create("ed", Role.EDITOR);

        refused(Reason.PASSWORD_IS_EMAIL, () -> service.resetPassword(ed, "ED@example.org"));
        service.resetPassword(ed, "a fresh secret");

        assertThat(passwords.matches(
                        "a fresh secret", users.findById(ed).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void unknownUsersAreNotFound() {
        assertThatThrownBy(() -> service.setEnabled(404, true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.resetPassword(404, PASSWORD)).isInstanceOf(NotFoundException.class);
        assertThat(service.find(404)).isEmpty();
    }
}
