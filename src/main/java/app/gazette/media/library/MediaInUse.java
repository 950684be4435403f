package app.gazette.media.library;

import java.util.List;

/** A picture that cannot be deleted because these articles use it (a 409 page lists them). */
public class MediaInUse extends RuntimeException {

    private final transient List<ArticleUse> articles;

    public MediaInUse(List<ArticleUse> articles) {
        super("media in use by " + articles.size() + " articles");
        this.articles = List.copyOf(articles);
    }

    public List<ArticleUse> articles() {
        return articles;
    }
}
