package app.gazette.article;

import app.gazette.label.LabelService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visible articles for programs (the Content API): pages by label, author, publish time and the
 * featured mark in
 * several orders, one by id or slug, and the authors. A page costs four statements whatever its
 * size: its articles with their authors, the count, their labels and their pictures.
 */
@Service
@Transactional(readOnly = true)
public class ArticleCatalog {

    private static final String VISIBLE =
            " where a.status = app.gazette.article.ArticleStatus.PUBLISHED and a.publishAt <= :now";

    private final EntityManager entityManager;
    private final ArticleRepository articles;
    private final ArticleListQueries lists;
    private final ArticleViews views;
    private final LabelService labels;
    private final Clock clock;

    ArticleCatalog(
            EntityManager entityManager,
            ArticleRepository articles,
            ArticleListQueries lists,
            ArticleViews views,
            LabelService labels,
            Clock clock) {
        this.entityManager = entityManager;
        this.articles = articles;
        this.lists = lists;
        this.views = views;
        this.labels = labels;
        this.clock = clock;
    }

    /** A page of the visible articles the query asks for; an unknown label or author gives none. */
    public CatalogPage page(CatalogQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("now", clock.instant());
        StringBuilder from = new StringBuilder(" from Article a join %s a.author u");
        StringBuilder where = new StringBuilder(VISIBLE);
        if (query.label() != null) {
            Optional<LabelService.LabelRef> label = labels.find(query.label());
            if (label.isEmpty()) {
                return new CatalogPage(List.of(), 0);
            }
            from.append(" join a.labels l");
            where.append(" and l.id = :labelId");
            parameters.put("labelId", label.get().id());
        }
        if (query.author() != null) {
            where.append(" and u.username = :username");
            parameters.put("username", query.author());
        }
        if (query.publishedBefore() != null) {
            where.append(" and a.publishAt < :before");
            parameters.put("before", query.publishedBefore());
        }
        if (query.publishedAfter() != null) {
            where.append(" and a.publishAt > :after");
            parameters.put("after", query.publishedAfter());
        }
        if (query.featured() != null) {
            where.append(query.featured() ? " and a.marks.featuredAt is not null" : " and a.marks.featuredAt is null");
        }
        String jpql = from + where.toString();
        TypedQuery<Article> rows =
                entityManager.createQuery("select a" + jpql.formatted("fetch") + query.order().jpql, Article.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(a)" + jpql.formatted(""), Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        long offset = (long) (query.page() - 1) * query.limit();
        if (offset > Integer.MAX_VALUE) {
            return new CatalogPage(List.of(), count.getSingleResult());
        }
        List<Article> found =
                rows.setFirstResult((int) offset).setMaxResults(query.limit()).getResultList();
        // a short page that starts at 0 or holds articles ends the list: no count needed
        boolean last = found.size() < query.limit() && (offset == 0 || !found.isEmpty());
        long total = last ? offset + found.size() : count.getSingleResult();
        return new CatalogPage(catalog(found), total);
    }

    public Optional<CatalogArticle> find(long id) {
        return articles.findById(id).flatMap(this::visible);
    }

    /** The visible article whose slug this is now (an old slug is not followed). */
    public Optional<CatalogArticle> findBySlug(String slug) {
        return articles.findBySlug(slug).flatMap(this::visible);
    }

    /** Authors of visible articles with their counts, by name. */
    public List<AuthorCount> authors() {
        return entityManager
                .createQuery(
                        "select new app.gazette.article.AuthorCount(u.username, u.displayName, count(a))"
                                + " from Article a join a.author u" + VISIBLE
                                + " group by u.username, u.displayName order by lower(u.displayName), u.username",
                        AuthorCount.class)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    private Optional<CatalogArticle> visible(Article article) {
        return article.isVisibleAt(clock.instant())
                ? Optional.of(catalog(List.of(article)).get(0))
                : Optional.empty();
    }

    private List<CatalogArticle> catalog(List<Article> found) {
        Map<Long, List<String>> names =
                lists.labelNames(found.stream().map(Article::getId).toList());
        Map<Long, FeaturedView> featured = views.featured(found);
        return found.stream()
                .map(article -> new CatalogArticle(
                        article.getId(),
                        article.getSlug(),
                        article.getTitle(),
                        ArticleViews.permalink(article),
                        article.authorUsername(),
                        article.authorName(),
                        article.getPublishAt(),
                        article.getUpdatedAt(),
                        article.getSummary(),
                        article.getBodyHtml(),
                        names.getOrDefault(article.getId(), List.of()),
                        featured.get(article.getId()),
                        article.marks().featuredAt() != null))
                .toList();
    }
}
