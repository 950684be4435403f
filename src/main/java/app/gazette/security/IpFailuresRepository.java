package app.gazette.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IpFailuresRepository extends JpaRepository<IpFailures, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from IpFailures f where f.ip = :ip")
    Optional<IpFailures> lockByIp(String ip);
}
