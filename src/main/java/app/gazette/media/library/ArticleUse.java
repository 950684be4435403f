package app.gazette.media.library;

/** An article that uses a picture, as the article feature last saved it. */
public record ArticleUse(long articleId, String title) {}
