package app.gazette.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.shared.NotFoundException;
import app.gazette.user.UserChangeRefused.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
@Import({UserService.class, UserSessions.class, UserServiceTest.Config.class})
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
                () -> service.changeOwnPassword("ada", "wrong password", "new password 12"));
        refused(Reason.PASSWORD_IS_EMAIL, () -> service.changeOwnPassword("ada", PASSWORD, "ada@example.org"));
        refused(Reason.PASSWORD_TOO_SHORT, () -> service.changeOwnPassword("ada", PASSWORD, "short"));
        service.changeOwnPassword("ada", PASSWORD, "new password 12");

        String hash = users.findByUsername("ada").orElseThrow().getPasswordHash();
        assertThat(passwords.matches("new password 12", hash)).isTrue();
        assertThat(passwords.matches(PASSWORD, hash)).isFalse();
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
