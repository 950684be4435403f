package app.gazette.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Articles. Every public query takes {@code now}: visible means PUBLISHED with publishAt <= now,
 * and lists are newest first (publishAt, then id, descending).
 */
public interface ArticleRepository extends JpaRepository<Article, Long> {

    String VISIBLE = "a.status = app.gazette.article.ArticleStatus.PUBLISHED and a.publishAt <= :now";
    String NEWEST_FIRST = " order by a.publishAt desc, a.id desc";

    @Query("select a from Article a join fetch a.author left join fetch a.labels where a.slug = :slug")
    Optional<Article> findBySlug(@Param("slug") String slug);

    boolean existsBySlug(String slug);

    /** The newsroom's list: a status filter (see {@link AdminFilter}) and a title search pattern. */
    @Query(
            value = "select a from Article a join fetch a.author where " + ADMIN_FILTER
                    + " and lower(a.title) like :pattern escape '\\'" + OWNER
                    + " order by coalesce(a.publishAt, a.updatedAt) desc, a.id desc",
            countQuery = "select count(a) from Article a where " + ADMIN_FILTER
                    + " and lower(a.title) like :pattern escape '\\'" + OWNER)
    Page<Article> findForNewsroom(
            @Param("filter") String filter,
            @Param("pattern") String pattern,
            @Param("owner") long ownerId,
            @Param("now") Instant now,
            Pageable pageable);

    String ADMIN_FILTER = "((:filter = 'all' and a.status <> app.gazette.article.ArticleStatus.TRASHED)"
            + " or (:filter = 'draft' and a.status = app.gazette.article.ArticleStatus.DRAFT)"
            + " or (:filter = 'review' and a.status = app.gazette.article.ArticleStatus.REVIEW)"
            + " or (:filter = 'trash' and a.status = app.gazette.article.ArticleStatus.TRASHED)"
            + " or (:filter = 'published' and " + VISIBLE + ")"
            + " or (:filter = 'scheduled' and a.status = app.gazette.article.ArticleStatus.PUBLISHED"
            + " and a.publishAt > :now)"
            + " or (:filter = 'featured' and a.status = app.gazette.article.ArticleStatus.PUBLISHED"
            + " and a.marks.featuredAt is not null))";

    @Query("select count(a) from Article a where " + VISIBLE)
    long countVisible(@Param("now") Instant now);

    /** Opens or closes an article for comments (a new version: an editor's open page sees the change). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update versioned Article a set a.commentsOpen = :open where a.id = :id")
    int updateCommentsOpen(@Param("id") long articleId, @Param("open") boolean open);

    /** Marks an article as the lead or not (no new version: an editor's open page can still save). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Article a set a.marks.leadSince = :since, a.marks.leadUntil = :until where a.id = :id")
    int updateLead(@Param("id") long articleId, @Param("since") Instant since, @Param("until") Instant until);

    /** A new lead replaces the old: every other article stops being the lead. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Article a set a.marks.leadSince = null, a.marks.leadUntil = null"
            + " where a.marks.leadSince is not null and a.id <> :id")
    int clearLeadsBut(@Param("id") long articleId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Article a set a.marks.featuredAt = :since where a.id = :id")
    int updateFeatured(@Param("id") long articleId, @Param("since") Instant since);

    /** Labels with the number of visible articles that carry them, by name; unused labels left out. */
    @Query("select new app.gazette.article.ArticleRepository$LabelTally(l.name, count(a)) from Article a"
            + " join a.labels l where a.status = app.gazette.article.ArticleStatus.PUBLISHED and a.publishAt <= :now"
            + " group by l.id, l.name order by lower(l.name)")
    List<LabelTally> countVisibleByLabel(@Param("now") Instant now);

    record LabelTally(String name, long count) {}

    /** The dashboard's counts: the articles one list filter shows one author (or everyone: 0). */
    @Query("select count(a) from Article a where " + ADMIN_FILTER + OWNER)
    long countForNewsroom(@Param("filter") String filter, @Param("owner") long ownerId, @Param("now") Instant now);

    /** Articles by one author (their id), or by everyone (0). */
    String OWNER = " and (:owner = 0 or a.author.id = :owner)";

    @Query("select a from Article a join fetch a.author where a.status = app.gazette.article.ArticleStatus.DRAFT"
            + OWNER + " order by a.updatedAt desc, a.id desc")
    List<Article> findLatestDrafts(@Param("owner") long ownerId, Pageable pageable);

    /**
     * The archive widget: visible articles per publish month (yyyyMM), newest month first. The bound on
     * the month (always true for a visible article) lets H2 count from the month index alone.
     */
    @Query("select new app.gazette.article.MonthCount(a.publishMonth, count(a)) from Article a where " + VISIBLE
            + " and a.publishMonth > 0 group by a.publishMonth order by a.publishMonth desc")
    List<MonthCount> countVisibleByMonth(@Param("now") Instant now);

    /** Sitemap rows without entities: visible articles after an id, by id (keyset paging). */
    @Query("select new app.gazette.article.ArticleRepository$Location(a.id, a.slug, a.publishMonth, a.updatedAt)"
            + " from Article a where a.id > :afterId and " + VISIBLE + " order by a.id")
    List<Location> findVisibleLocations(@Param("afterId") long afterId, @Param("now") Instant now, Pageable pageable);

    /** Ids of visible articles by id: with a page size of 1, the page number is the offset. */
    @Query("select a.id from Article a where " + VISIBLE + " order by a.id")
    List<Long> findVisibleIds(@Param("now") Instant now, Pageable pageable);

    /** Visible articles published since a time, newest first, for the news sitemap. */
    @Query("select new app.gazette.article.ArticleRepository$Headline(a.title, a.slug, a.publishMonth, a.publishAt)"
            + " from Article a where a.publishAt >= :since and " + VISIBLE + NEWEST_FIRST)
    List<Headline> findVisibleSince(@Param("since") Instant since, @Param("now") Instant now, Pageable pageable);

    record Location(long id, String slug, int publishMonth, Instant updatedAt) {}

    record Headline(String title, String slug, int publishMonth, Instant publishAt) {}
}
