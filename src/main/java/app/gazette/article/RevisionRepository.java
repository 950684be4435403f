package app.gazette.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findByArticleIdOrderByIdDesc(long articleId);

    Optional<Revision> findByIdAndArticleId(long id, long articleId);

    /** The newest revision that took one of these steps (the review's last step). */
    Optional<Revision> findFirstByArticleIdAndActionInOrderByIdDesc(long articleId, Collection<RevisionAction> actions);

    /** Revision ids newest first; with an offset of 50, the ones past the 50 kept. */
    @Query("select r.id from Revision r where r.articleId = :articleId order by r.id desc")
    List<Long> findIdsNewestFirst(@Param("articleId") long articleId, Pageable pageable);
}
