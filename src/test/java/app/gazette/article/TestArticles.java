package app.gazette.article;

import app.gazette.label.Label;
import app.gazette.user.Role;
import app.gazette.user.User;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** Builds entities for repository tests (months computed in UTC). */
public final class TestArticles {

    private TestArticles() {}

    public static User author(String username) {
        return member(username, Role.EDITOR);
    }

    public static User member(String username, Role role) {
        return new User(
                username,
                username + "@example.org",
                "Author " + username,
                "{noop}x",
                role,
                Instant.parse("2019-01-01T00:00:00Z"));
    }

    /** The article feature's view of a user (persisted or not). */
    static Byline byline(User user) {
        return new Byline(user.getId(), user.getUsername(), user.getDisplayName());
    }

    public static Article draft(User author, String slug) {
        Instant created = Instant.parse("2019-01-01T00:00:00Z");
        Article article = new Article(slug, byline(author), created);
        article.write(
                "Title " + slug,
                null,
                "Body of " + slug,
                new RenderedBody("<p>Body of " + slug + "</p>", "Body of " + slug, List.of()),
                created);
        return article;
    }

    public static Article published(User author, String slug, String publishAt, Label... labels) {
        Article article = draft(author, slug);
        Instant at = Instant.parse(publishAt);
        var utc = at.atZone(ZoneOffset.UTC);
        article.publish(at, utc.getYear() * 100 + utc.getMonthValue());
        article.label(Set.of(labels));
        return article;
    }

    /** A published article with this title, excerpt (null for none) and Markdown body. */
    public static Article written(
            User author,
            String slug,
            String title,
            String excerpt,
            String markdown,
            String publishAt,
            Label... labels) {
        Article article = published(author, slug, publishAt, labels);
        String firstParagraph = markdown.split("\n\n", 2)[0];
        article.write(
                title,
                excerpt,
                markdown,
                new RenderedBody("<p>" + firstParagraph + "</p>", firstParagraph, List.of()),
                Instant.parse("2019-01-01T00:00:00Z"));
        return article;
    }

    /** The article with this library picture as its featured one (alt null: the library's). */
    public static Article pictured(Article article, long mediaId, String alt) {
        article.feature(new FeaturedImage(mediaId, alt, null, null));
        return article;
    }
}
