package app.gazette.article;

import java.time.Instant;

/**
 * Which visible articles a program asks for: a label's (by name, any case) and an author's (by
 * login), published strictly before and after instants, featured or not (each may be null: any),
 * in an order, a page (from 1) of {@code limit}.
 */
public record CatalogQuery(
        String label,
        String author,
        Instant publishedBefore,
        Instant publishedAfter,
        Boolean featured,
        Order order,
        int page,
        int limit) {

    public CatalogQuery {
        if (page < 1 || limit < 1) {
            throw new IllegalArgumentException("page and limit start at 1");
        }
    }

    /** The orders offered; ties go to the higher id (newest first) or the lower (oldest first). */
    public enum Order {
        NEWEST(" order by a.publishAt desc, a.id desc"),
        OLDEST(" order by a.publishAt asc, a.id asc"),
        TITLE(" order by lower(a.title) asc, a.id asc");

        final String jpql;

        Order(String jpql) {
            this.jpql = jpql;
        }
    }
}
