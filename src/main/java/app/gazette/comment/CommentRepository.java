package app.gazette.comment;

import app.gazette.article.ArticleStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    /** A comment with its article's title and permalink parts, for the newsroom. */
    String ROW = "select new app.gazette.comment.CommentRepository$Row(c.id, c.articleId, a.title, a.slug,"
            + " a.publishMonth, a.status, c.authorName, c.authorEmail, c.ip, c.createdAt, c.body, c.status, c.staff)"
            + " from Comment c join Article a on a.id = c.articleId";

    List<Comment> findByArticleIdAndStatusOrderByCreatedAtAscIdAsc(long articleId, CommentStatus status);

    @Query("select new app.gazette.comment.CommentRepository$Count(c.articleId, count(c)) from Comment c"
            + " where c.articleId in :ids and c.status = app.gazette.comment.CommentStatus.APPROVED"
            + " group by c.articleId")
    List<Count> countApproved(@Param("ids") Collection<Long> articleIds);

    boolean existsByAuthorEmailAndStatus(String authorEmail, CommentStatus status);

    List<Comment> findByStatusOrderByCreatedAtAsc(CommentStatus status);

    /** Waits for and holds the one row that serialises reader posts across nodes (V7). */
    @Query(value = "select id from comment_post_lock where id = 1 for update", nativeQuery = true)
    Integer lockForPosting();

    /** Flood limit: a comment from this IP after this instant. */
    boolean existsByIpAndCreatedAtAfter(String ip, Instant since);

    /** Flood limit: a comment from this email after this instant. */
    boolean existsByAuthorEmailAndCreatedAtAfter(String authorEmail, Instant since);

    /** Duplicate: the same text on the same article from this email. */
    boolean existsByArticleIdAndBodyAndAuthorEmail(long articleId, String body, String authorEmail);

    /** Duplicate: the same text on the same article from this name, without an email. */
    boolean existsByArticleIdAndBodyAndAuthorNameAndAuthorEmailIsNull(long articleId, String body, String authorName);

    long countByStatus(CommentStatus status);

    /** The moderation queue: oldest first, so nothing waits forever. */
    @Query(
            value = ROW + " where c.status = :status order by c.createdAt asc, c.id asc",
            countQuery = "select count(c) from Comment c where c.status = :status")
    Page<Row> findOldestFirst(@Param("status") CommentStatus status, Pageable pageable);

    @Query(
            value = ROW + " where c.status = :status order by c.createdAt desc, c.id desc",
            countQuery = "select count(c) from Comment c where c.status = :status")
    Page<Row> findNewestFirst(@Param("status") CommentStatus status, Pageable pageable);

    @Query(ROW + " where c.id = :id")
    Optional<Row> findRow(@Param("id") long id);

    /** The newest comments of any status, for the dashboard. */
    @Query(ROW + " order by c.createdAt desc, c.id desc")
    List<Row> findLatest(Pageable pageable);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Comment c set c.status = :status where c.id in :ids")
    int updateStatus(@Param("ids") Collection<Long> ids, @Param("status") CommentStatus status);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Comment c where c.id in :ids")
    int deleteWithIds(@Param("ids") Collection<Long> ids);

    String APPROVED_ON_VISIBLE = " where c.status = app.gazette.comment.CommentStatus.APPROVED"
            + " and a.status = app.gazette.article.ArticleStatus.PUBLISHED and a.publishAt <= :now";

    /**
     * Approved comments on visible articles, newest first: the site's comment feed. Ordering by status
     * (one value here) first lets H2 walk the (status, created_at) index instead of sorting them all.
     */
    @Query(ROW + APPROVED_ON_VISIBLE + " order by c.status desc, c.createdAt desc, c.id desc")
    List<Row> findApprovedOnVisible(@Param("now") Instant now, Pageable pageable);

    /** One article's approved comments, newest first, none unless the article is visible. */
    @Query(ROW + APPROVED_ON_VISIBLE + " and a.id = :articleId order by c.createdAt desc, c.id desc")
    List<Row> findApprovedOnVisible(@Param("articleId") long articleId, @Param("now") Instant now, Pageable pageable);

    record Count(long articleId, long count) {}

    record Row(
            long id,
            long articleId,
            String articleTitle,
            String articleSlug,
            Integer publishMonth,
            ArticleStatus articleStatus,
            String authorName,
            String authorEmail,
            String ip,
            Instant createdAt,
            String body,
            CommentStatus status,
            boolean staff) {}
}
