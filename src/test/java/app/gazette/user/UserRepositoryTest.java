package app.gazette.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;

@DataJpaTest
class UserRepositoryTest {

    @Autowired
    UserRepository users;

    @Test
    void findsAUserByUsername() {
        users.saveAndFlush(new User("ada", "ada@example.org", "Ada Whitlock", "{noop}x", Role.EDITOR, Instant.EPOCH));

        assertThat(users.findByUsername("ada")).map(User::getDisplayName).contains("Ada Whitlock");
        assertThat(users.findByUsername("bob")).isEmpty();
    }

    @Test
    void usernamesAreUnique() {
        users.saveAndFlush(new User("ada", null, "Ada", null, Role.EDITOR, Instant.EPOCH));

        org.junit.jupiter.api.Assertions.assertThrows(
                DataIntegrityViolationException.class,
                () -> users.saveAndFlush(new User("ada", null, "Other Ada", null, Role.ADMIN, Instant.EPOCH)));
    }

    @Test
    void existenceChecksIgnoreTheCaseOfLoginsButNotOfStoredEmails() {
        users.saveAndFlush(new User("Ada", "ada@example.org", "Ada", null, Role.EDITOR, Instant.EPOCH));

        assertThat(users.existsByUsernameIgnoreCase("aDA")).isTrue();
        assertThat(users.existsByUsernameIgnoreCase("bob")).isFalse();
        assertThat(users.existsByEmail("ada@example.org")).isTrue();
        assertThat(users.existsByEmail("bob@example.org")).isFalse();
    }

    @Test
    void listIsOrderedByLogin() {
        users.saveAndFlush(new User("carol", null, "Carol", null, Role.EDITOR, Instant.EPOCH));
        users.saveAndFlush(new User("ada", null, "Ada", null, Role.EDITOR, Instant.EPOCH));

        assertThat(users.findAllByOrderByUsernameAsc())
                .extracting(User::getUsername)
                .containsExactly("ada", "carol");
    }

    @Test
    void lockingFindsOnlyEnabledAdminsWhoCanLogIn() {
        User ada = users.saveAndFlush(new User("ada", null, "Ada", "{noop}x", Role.ADMIN, Instant.EPOCH));
        User off = new User("off", null, "Off", "{noop}x", Role.ADMIN, Instant.EPOCH);
        off.disable();
        users.saveAndFlush(off);
        users.saveAndFlush(new User("byline", null, "Byline", null, Role.ADMIN, Instant.EPOCH));
        users.saveAndFlush(new User("ed", null, "Ed", "{noop}x", Role.EDITOR, Instant.EPOCH));

        assertThat(users.lockEnabledAdmins()).extracting(User::getId).containsExactly(ada.getId());
    }
}
