package app.gazette.user;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class UserService {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserService(UserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    public boolean isEmpty() {
        return users.count() == 0;
    }

    @Transactional
    public long createAdmin(String username, String rawPassword) {
        User admin = new User(username, null, username, passwords.encode(rawPassword), Role.ADMIN, clock.instant());
        return users.saveAndFlush(admin).getId();
    }

    /** An author who cannot log in (no password; disabled), such as an imported or demo byline. */
    @Transactional
    public long findOrCreateAuthor(String username, String displayName) {
        Optional<User> existing = users.findByUsername(username);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        User author = new User(username, null, displayName, null, Role.EDITOR, clock.instant());
        author.disable();
        return users.save(author).getId();
    }
}
