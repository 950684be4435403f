package app.gazette.article;

/** A link to another article, for "Newer post" / "Older post". */
public record ArticleLink(String title, String permalink) {
}
