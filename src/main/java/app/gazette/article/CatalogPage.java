package app.gazette.article;

import java.util.List;

/** One page of a {@link CatalogQuery}: its articles and how many visible articles match in all. */
public record CatalogPage(List<CatalogArticle> articles, long total) {

    public CatalogPage {
        articles = List.copyOf(articles);
    }
}
