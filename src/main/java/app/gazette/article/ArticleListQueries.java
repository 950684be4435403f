package app.gazette.article;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The queries behind reader lists, by keyset: each page starts at a cursor and reads its articles
 * (with authors and comment counts) in one statement and their labels in a second, whatever its
 * depth or the articles' label and comment counts.
 */
@Component
class ArticleListQueries {

    private static final String VISIBLE =
            " where a.status = app.gazette.article.ArticleStatus.PUBLISHED" + " and a.publishAt <= :now";
    private static final String ROWS = "select a, (select count(c) from Comment c where c.articleId = a.id"
            + " and c.status = 'APPROVED') from Article a join fetch a.author u";
    // The redundant bound on publishAt starts the index range at the cursor; ordering by status
    // first (one value here) lets H2 read the (status, publish_at, id) index in order instead of sorting.
    private static final String OLDER = " and a.publishAt <= :at and (a.publishAt < :at or (a.publishAt = :at"
            + " and a.id < :id)) order by a.status desc, a.publishAt desc, a.id desc";
    private static final String NEWER = " and a.publishAt >= :at and (a.publishAt > :at or (a.publishAt = :at"
            + " and a.id > :id)) order by a.status asc, a.publishAt asc, a.id asc";

    /** The next newer and next older visible article, in one statement. */
    private static final String NEIGHBOURS = "(SELECT 'N', a.title, a.slug, a.publish_month FROM articles a"
            + " WHERE a.status = 'PUBLISHED' AND a.publish_at <= ?1 AND a.publish_at >= ?2 AND (a.publish_at > ?2"
            + " OR (a.publish_at = ?2 AND a.id > ?3)) ORDER BY a.status, a.publish_at, a.id FETCH FIRST 1 ROWS ONLY)"
            + " UNION ALL (SELECT 'O', a.title, a.slug, a.publish_month FROM articles a WHERE a.status = 'PUBLISHED'"
            + " AND a.publish_at <= ?2 AND (a.publish_at < ?2 OR (a.publish_at = ?2 AND a.id < ?3))"
            + " ORDER BY a.status DESC, a.publish_at DESC, a.id DESC FETCH FIRST 1 ROWS ONLY)";

    /** Visible articles sharing labels with one: most shared labels first, then newest. */
    private static final String RELATED = "select a.title, a.slug, a.publishMonth, a.publishAt, a.featured.mediaId,"
            + " a.featured.alt, a.featured.caption, a.featured.credit, count(l) from Article a join a.labels l"
            + " where l.id in (select s.id from Article b join b.labels s where b.id = :id) and a.id <> :id and"
            + VISIBLE.replace(" where", "")
            + " group by a.id, a.title, a.slug, a.publishMonth, a.publishAt, a.featured.mediaId, a.featured.alt,"
            + " a.featured.caption, a.featured.credit order by count(l) desc, a.publishAt desc, a.id desc";

    private final EntityManager entityManager;

    ArticleListQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code limit} articles older than the cursor, newest first. */
    List<Row> older(ListScope scope, Cursor from, Instant now, int limit) {
        return rows(scope, OLDER, from, now, limit);
    }

    /** Up to {@code limit} articles newer than the cursor, oldest first. */
    List<Row> newer(ListScope scope, Cursor from, Instant now, int limit) {
        return rows(scope, NEWER, from, now, limit);
    }

    /**
     * Up to {@code limit} visible articles that are the lead now or featured: the lead first, then
     * newest first (in one statement; few articles carry these marks).
     */
    List<Row> frontPage(Instant now, int limit) {
        String lead = "a.marks.leadSince is not null and (a.marks.leadUntil is null or a.marks.leadUntil > :now)";
        return entityManager
                .createQuery(
                        ROWS + VISIBLE + " and (a.marks.featuredAt is not null or (" + lead + "))"
                                + " order by case when " + lead + " then 0 else 1 end, a.publishAt desc, a.id desc",
                        Object[].class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Row((Article) row[0], (Long) row[1]))
                .toList();
    }

    /** The cursor of the article at {@code offset} (from 0), for page numbers in old links. */
    Optional<Cursor> cursorAt(ListScope scope, Instant now, int offset) {
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select a.publishAt, a.id from Article a"
                        + " join a.author u" + scope.join() + VISIBLE + scope.where()
                        + " order by a.status desc, a.publishAt desc, a.id desc",
                Object[].class);
        bind(query, scope, now);
        return query.setFirstResult(offset)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new Cursor((Instant) row[0], (Long) row[1]));
    }

    long count(ListScope scope, Instant now) {
        TypedQuery<Long> query = entityManager.createQuery(
                "select count(a) from Article a join a.author u" + scope.join() + VISIBLE + scope.where(), Long.class);
        bind(query, scope, now);
        return query.getSingleResult();
    }

    /** The newer ("N") and older ("O") neighbours of the article at this cursor, by side. */
    Map<String, ArticleLink> neighbours(Cursor article, Instant now) {
        Map<String, ArticleLink> found = new LinkedHashMap<>();
        List<?> rows = entityManager
                .createNativeQuery(NEIGHBOURS)
                .setParameter(1, now)
                .setParameter(2, article.at())
                .setParameter(3, article.id())
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            found.put(
                    String.valueOf(columns[0]),
                    new ArticleLink(
                            (String) columns[1],
                            ArticleLink.permalink(((Number) columns[3]).intValue(), (String) columns[2])));
        }
        return found;
    }

    /** Up to {@code limit} visible articles sharing labels with this one, by {@link #RELATED}'s order. */
    List<Related> related(long articleId, Instant now, int limit) {
        return entityManager
                .createQuery(RELATED, Object[].class)
                .setParameter("id", articleId)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Related(
                        (String) row[0],
                        ArticleLink.permalink((Integer) row[2], (String) row[1]),
                        (Instant) row[3],
                        row[4] == null
                                ? null
                                : new FeaturedImage((Long) row[4], (String) row[5], (String) row[6], (String) row[7])))
                .toList();
    }

    /** The names of each article's labels. */
    Map<Long, List<String>> labelNames(Collection<Long> articleIds) {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        if (articleIds.isEmpty()) {
            return names;
        }
        entityManager
                .createQuery(
                        "select a.id, l.name from Article a join a.labels l where a.id in :ids" + " order by l.slug",
                        Object[].class)
                .setParameter("ids", articleIds)
                .getResultStream()
                .forEach(row -> names.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add((String) row[1]));
        return names;
    }

    private List<Row> rows(ListScope scope, String direction, Cursor from, Instant now, int limit) {
        TypedQuery<Object[]> query =
                entityManager.createQuery(ROWS + scope.join() + VISIBLE + scope.where() + direction, Object[].class);
        bind(query, scope, now);
        query.setParameter("at", from.at()).setParameter("id", from.id()).setMaxResults(limit);
        return query.getResultStream()
                .map(row -> new Row((Article) row[0], (Long) row[1]))
                .toList();
    }

    private static void bind(TypedQuery<?> query, ListScope scope, Instant now) {
        query.setParameter("now", now);
        scope.parameters().forEach(query::setParameter);
    }

    record Related(String title, String permalink, Instant publishAt, FeaturedImage featured) {}

    record Row(Article article, long commentCount) {

        Cursor cursor() {
            return new Cursor(article.getPublishAt(), article.getId());
        }
    }
}
