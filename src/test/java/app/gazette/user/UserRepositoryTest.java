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

        org.junit.jupiter.api.Assertions.assertThrows(DataIntegrityViolationException.class,
                () -> users.saveAndFlush(new User("ada", null, "Other Ada", null, Role.ADMIN, Instant.EPOCH)));
    }
}
