package app.gazette.article;

/** A link to another article, for "Newer post" / "Older post". */
public record ArticleLink(String title, String permalink) {

    /** An article's address: /yyyy/MM/slug, from its publish month (yyyyMM). */
    public static String permalink(int publishMonth, String slug) {
        return String.format("/%04d/%02d/%s", publishMonth / 100, publishMonth % 100, slug);
    }
}
