package app.gazette.user;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsername(String username);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmail(String email);

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
