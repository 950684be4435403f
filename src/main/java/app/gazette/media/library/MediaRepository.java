package app.gazette.media.library;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MediaRepository extends JpaRepository<Media, Long> {

    /** Newest first; {@code pattern} is a lower-case LIKE pattern (escaped with !). */
    @Query("""
            select m from Media m
            where lower(m.fileName) like :pattern escape '!'
               or lower(m.alt) like :pattern escape '!'
               or lower(m.caption) like :pattern escape '!'
            order by m.uploadedAt desc, m.id desc""")
    List<Media> search(@Param("pattern") String pattern, Pageable page);

    /**
     * The pictures with their files, each beside its uploader's display name (null when gone): one
     * statement whatever their number, a row per file (reads {@code users} for the name only).
     */
    @Query("select m, u.displayName from Media m left join fetch m.files"
            + " left join User u on u.id = m.uploaderId where m.id in :ids")
    List<Object[]> withFilesAndUploaders(@Param("ids") Collection<Long> ids);

    @Query("select distinct m.id from Media m join m.files f where f.key in :keys")
    List<Long> idsOwning(@Param("keys") Collection<String> keys);

    @Query("select count(m) > 0 from Media m join m.files f where f.key = :key")
    boolean ownsKey(@Param("key") String key);

    /** Whether a stored file's key matches this LIKE pattern (keys hold no LIKE wildcards). */
    @Query("select count(m) > 0 from Media m join m.files f where f.key like :pattern")
    boolean hasKeyLike(@Param("pattern") String pattern);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Media m where m.id = :id")
    Optional<Media> lockById(@Param("id") long id);
}
