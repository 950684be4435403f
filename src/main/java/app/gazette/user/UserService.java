package app.gazette.user;

import app.gazette.security.LoginGuard;
import app.gazette.shared.LoginNames;
import app.gazette.shared.NotFoundException;
import app.gazette.user.UserAccountChanged.Change;
import app.gazette.user.UserChangeRefused.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Newsroom members. Passwords: at least 12 characters, at most 72 bytes (bcrypt's limit), not the
 * email. There is always an enabled admin who can log in: the last one cannot be disabled or demoted.
 * Every change is announced ({@link UserAccountChanged}) inside its transaction.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final UserSessions sessions;
    private final LoginGuard guard;
    private final ApplicationEventPublisher events;

    UserService(
            UserRepository users,
            PasswordEncoder passwords,
            Clock clock,
            UserSessions sessions,
            LoginGuard guard,
            ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.sessions = sessions;
        this.guard = guard;
    }

    public boolean isEmpty() {
        return users.count() == 0;
    }

    public List<UserView> list() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserView::of).toList();
    }

    public Optional<UserView> find(long id) {
        return users.findById(id).map(UserView::of);
    }

    public Optional<UserView> findByUsername(String username) {
        return users.findByUsername(username).map(UserView::of);
    }

    /** @throws UserChangeRefused if the login holds a control character */
    @Transactional
    public long createAdmin(String username, String rawPassword) {
        String login = newLogin(username);
        User admin = new User(login, null, login, passwords.encode(rawPassword), Role.ADMIN, clock.instant());
        return announce(users.saveAndFlush(admin), Change.CREATED);
    }

    /**
     * @throws UserChangeRefused if the password breaks a rule, the login holds a control character, or
     *     the login (in its canonical form, {@link LoginNames}) or the email is taken
     */
    @Transactional
    public long create(NewUser input) {
        String username = newLogin(input.username());
        String email = normaliseEmail(input.email());
        checkPassword(input.password(), email);
        if (users.findByLogin(username).isPresent() || users.existsByUsernameIgnoreCase(username)) {
            throw new UserChangeRefused(Reason.USERNAME_TAKEN);
        }
        if (email != null && users.existsByEmail(email)) {
            throw new UserChangeRefused(Reason.EMAIL_TAKEN);
        }
        User user = new User(
                username,
                email,
                input.displayName().strip(),
                passwords.encode(input.password()),
                input.role(),
                clock.instant());
        try {
            return announce(users.saveAndFlush(user), Change.CREATED);
        } catch (DataIntegrityViolationException raced) {
            boolean emailClash =
                    String.valueOf(raced.getMessage()).toLowerCase(Locale.ROOT).contains("email");
            throw new UserChangeRefused(emailClash ? Reason.EMAIL_TAKEN : Reason.USERNAME_TAKEN);
        }
    }

    /** @throws UserChangeRefused (LAST_ADMIN) when disabling the last enabled admin */
    @Transactional
    public void setEnabled(long id, boolean enabled) {
        if (enabled) {
            User user = get(id);
            user.enable();
            announce(user, Change.ENABLED);
        } else {
            keepAnAdminBesides(id);
            User user = get(id);
            user.disable();
            sessions.signOut(user.getUsername());
            announce(user, Change.DISABLED);
        }
    }

    /** @throws UserChangeRefused (LAST_ADMIN) when demoting the last enabled admin */
    @Transactional
    public void changeRole(long id, Role role) {
        if (role != Role.ADMIN) {
            keepAnAdminBesides(id);
        }
        User user = get(id);
        user.changeRole(role);
        sessions.signOut(user.getUsername());
        announce(user, Change.ROLE_CHANGED);
    }

    /** An admin sets a new password for someone (who may have forgotten theirs), who must then choose their own. */
    @Transactional
    public void resetPassword(long id, String rawPassword) {
        User user = get(id);
        checkPassword(rawPassword, user.getEmail());
        user.changePasswordHash(passwords.encode(rawPassword));
        users.setMustChangePassword(id, true);
        sessions.signOut(user.getUsername());
        announce(user, Change.PASSWORD_RESET);
    }

    /** This member must choose their own password at their next sign-in (the first start's admin). */
    @Transactional
    public void requirePasswordChange(long id) {
        users.setMustChangePassword(id, true);
    }

    /**
     * A member changes their password, which signs out every other session of theirs (this one, by
     * its id, stays). Wrong current passwords are counted like failed sign-ins: the fifth locks the
     * check ({@link LoginGuard}), shared by every node.
     *
     * @throws UserChangeRefused if the check is locked, the current password is wrong or the new one breaks a rule
     */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword, String keepSession) {
        User user = users.findByUsername(username).orElseThrow(NotFoundException::new);
        guard.passwordCheckLock(username).ifPresent(lock -> {
            throw new UserChangeRefused(Reason.CURRENT_PASSWORD_LOCKED, lock.left());
        });
        if (user.getPasswordHash() == null
                || currentPassword == null
                || !passwords.matches(currentPassword, user.getPasswordHash())) {
            throw guard.passwordCheckFailed(username)
                    .map(lock -> new UserChangeRefused(Reason.CURRENT_PASSWORD_LOCKED, lock.left()))
                    .orElseGet(() -> new UserChangeRefused(Reason.WRONG_CURRENT_PASSWORD));
        }
        guard.passwordCheckSucceeded(username);
        checkPassword(newPassword, user.getEmail());
        user.changePasswordHash(passwords.encode(newPassword));
        users.setMustChangePassword(user.getId(), false);
        sessions.signOutOthers(user.getUsername(), keepSession);
        announce(user, Change.PASSWORD_CHANGED);
    }

    /** An author who cannot log in (no password; disabled), such as an imported or demo byline. */
    @Transactional
    public long findOrCreateAuthor(String username, String displayName) {
        Optional<User> existing = users.findByLogin(username);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        User author = new User(newLogin(username), null, displayName, null, Role.EDITOR, clock.instant());
        author.disable();
        return users.save(author).getId();
    }

    static void checkPassword(String raw, String email) {
        if (raw == null || raw.codePointCount(0, raw.length()) < MIN_PASSWORD_LENGTH) {
            throw new UserChangeRefused(Reason.PASSWORD_TOO_SHORT);
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new UserChangeRefused(Reason.PASSWORD_TOO_LONG);
        }
        if (email != null && raw.strip().equalsIgnoreCase(email.strip())) {
            throw new UserChangeRefused(Reason.PASSWORD_IS_EMAIL);
        }
    }

    /** A login as a new account keeps it: NFKC and trimmed, with no control character. */
    private static String newLogin(String typed) {
        String login = LoginNames.trimmed(typed);
        if (login.isEmpty() || LoginNames.hasControlCharacters(login)) {
            throw new UserChangeRefused(Reason.USERNAME_INVALID);
        }
        return login;
    }

    static String normaliseEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Locks the enabled admins first, so that a concurrent change waits for this one. */
    private void keepAnAdminBesides(long id) {
        List<User> admins = users.lockEnabledAdmins();
        boolean isOne = admins.stream().anyMatch(admin -> admin.getId() == id);
        if (isOne && admins.size() == 1) {
            throw new UserChangeRefused(Reason.LAST_ADMIN);
        }
    }

    private long announce(User user, Change change) {
        events.publishEvent(UserAccountChanged.of(user, change));
        return user.getId();
    }

    private User get(long id) {
        return users.findById(id).orElseThrow(NotFoundException::new);
    }
}
