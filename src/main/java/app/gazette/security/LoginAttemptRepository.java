package app.gazette.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, LoginKey> {

    /** The row locked until the transaction ends: two nodes counting failures at once count both. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LoginAttempt a where a.key = :key")
    Optional<LoginAttempt> lockByKey(LoginKey key);
}
