package app.gazette.media.library;

import java.util.List;

/**
 * A picture that cannot be deleted because these articles use it, or it is the site logo (a 409
 * page says which).
 */
public class MediaInUse extends RuntimeException {

    private final transient List<ArticleUse> articles;
    private final boolean siteLogo;

    public MediaInUse(List<ArticleUse> articles, boolean siteLogo) {
        super("media in use by " + articles.size() + " articles" + (siteLogo ? " and as the site logo" : ""));
        this.articles = List.copyOf(articles);
        this.siteLogo = siteLogo;
    }

    public boolean siteLogo() {
        return siteLogo;
    }

    public List<ArticleUse> articles() {
        return articles;
    }
}
