package app.gazette.article;

public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    TRASHED
}
