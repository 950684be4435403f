package app.gazette.user;

import app.gazette.shared.LoginNames;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsername(String username);

    boolean existsByUsernameIgnoreCase(String username);

    /** Candidates for a canonical login ({@link LoginNames}): the database lower-cases, the caller compares. */
    @Query("select u from User u where lower(u.username) = :login")
    List<User> findAllByLowerUsername(String login);

    /**
     * The member whose login has this canonical form ({@link LoginNames#canonical}); a name with a
     * control character matches nobody. Should two old logins share one form, the exact one wins.
     */
    default Optional<User> findByLogin(String typed) {
        String login = LoginNames.canonical(typed);
        if (login.isEmpty() || LoginNames.hasControlCharacters(login)) {
            return Optional.empty();
        }
        List<User> found = findAllByLowerUsername(login).stream()
                .filter(user -> LoginNames.canonical(user.getUsername()).equals(login))
                .toList();
        return found.size() == 1
                ? Optional.of(found.get(0))
                : found.stream()
                        .filter(user -> user.getUsername().equals(login))
                        .findFirst();
    }

    boolean existsByEmail(String email);

    /** Whether this member must choose a password of their own before anything else. */
    @Modifying(flushAutomatically = true)
    @Query(value = "UPDATE users SET must_change_password = :must WHERE id = :id", nativeQuery = true)
    void setMustChangePassword(long id, boolean must);

    List<User> findAllByOrderByUsernameAsc();

    /**
     * Admins who can log in, locked until the transaction ends: two admins disabling each other at
     * once cannot both pass the last-admin check (the second waits and then sees one admin).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from User u where u.role = app.gazette.user.Role.ADMIN and u.enabled = true"
            + " and u.passwordHash is not null order by u.id")
    List<User> lockEnabledAdmins();
}
