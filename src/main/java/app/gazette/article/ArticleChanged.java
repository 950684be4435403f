package app.gazette.article;

import java.time.Instant;

/**
 * An article changed in the newsroom, published inside the writing transaction (listeners that act
 * outside it listen after commit). {@code liveBefore}/{@code liveAfter}: readers could see it before and
 * after the change; a scheduled article goes live at its publish time with no event, so listeners that
 * need that moment look for it themselves. Imports and restores announce only PublicContentChanged.
 */
public record ArticleChanged(
        long id, String slug, String title, ArticleChange change, boolean liveBefore, boolean liveAfter, Instant at) {

    static ArticleChanged of(Article article, ArticleChange change, boolean liveBefore, Instant at) {
        return new ArticleChanged(
                article.getId(),
                article.getSlug(),
                article.getTitle(),
                change,
                liveBefore,
                change != ArticleChange.DELETED && article.isVisibleAt(at),
                at);
    }
}
