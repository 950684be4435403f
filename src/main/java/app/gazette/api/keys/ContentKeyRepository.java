package app.gazette.api.keys;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContentKeyRepository extends JpaRepository<ContentKey, Long> {

    @Query("select k.id from ContentKey k where k.keyHash = :hash")
    Optional<Long> findIdByHash(@Param("hash") String hash);

    @Query("select k from ContentKey k order by lower(k.name), k.id")
    List<ContentKey> findAllByName();
}
