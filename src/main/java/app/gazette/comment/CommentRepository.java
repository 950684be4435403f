package app.gazette.comment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByArticleIdAndStatusOrderByCreatedAtAscIdAsc(long articleId, CommentStatus status);

    @Query("select new app.gazette.comment.CommentRepository$Count(c.articleId, count(c)) from Comment c"
            + " where c.articleId in :ids and c.status = app.gazette.comment.CommentStatus.APPROVED"
            + " group by c.articleId")
    List<Count> countApproved(@Param("ids") Collection<Long> articleIds);

    boolean existsByAuthorEmailAndStatus(String authorEmail, CommentStatus status);

    List<Comment> findByStatusOrderByCreatedAtAsc(CommentStatus status);

    record Count(long articleId, long count) {
    }
}
