package app.gazette.syndication;

import app.gazette.article.ArticleService;
import app.gazette.article.ArticleView;
import app.gazette.comment.CommentService;
import app.gazette.label.LabelService;
import app.gazette.shared.FeedLink;
import app.gazette.shared.LabelLink;
import app.gazette.syndication.FeedBuilder.Head;
import app.gazette.user.UserService;
import com.rometools.rome.feed.synd.SyndFeed;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The site's feeds: the newest 20 visible articles or approved comments of each. Unknown names give empty. */
@Component
public class Feeds {

    public static final int SIZE = 20;

    private final ArticleService articles;
    private final LabelService labels;
    private final UserService users;
    private final CommentService comments;
    private final FeedBuilder builder;

    Feeds(
            ArticleService articles,
            LabelService labels,
            UserService users,
            CommentService comments,
            FeedBuilder builder) {
        this.articles = articles;
        this.labels = labels;
        this.users = users;
        this.comments = comments;
        this.builder = builder;
    }

    /**
     * Where a feed was asked for: the site's configured base URL ({@code gazette.base-url}) and the
     * feed's own absolute URL.
     */
    public record Request(String base, String self) {}

    public SyndFeed site(Request request) {
        Head head =
                new Head(builder.message("feed.site.title", builder.siteTitle()), request.base() + "/", request.self());
        return builder.articles(head, request.base(), articles.latest(SIZE));
    }

    public Optional<SyndFeed> label(Request request, String name) {
        return labels.find(name)
                .map(label -> builder.articles(
                        new Head(
                                builder.message("feed.label.title", builder.siteTitle(), label.name()),
                                request.base() + LabelLink.of(label.name()).url(),
                                request.self()),
                        request.base(),
                        articles.latestWithLabel(label.id(), SIZE)));
    }

    public Optional<SyndFeed> author(Request request, String username) {
        return users.findByUsername(username)
                .map(author -> builder.articles(
                        new Head(
                                builder.message("feed.author.title", builder.siteTitle(), author.displayName()),
                                request.base() + FeedLink.authorPage(author.username()),
                                request.self()),
                        request.base(),
                        articles.latestBy(author.username(), SIZE)));
    }

    public SyndFeed comments(Request request) {
        Head head = new Head(
                builder.message("feed.comments.title", builder.siteTitle()), request.base() + "/", request.self());
        return builder.comments(head, request.base(), comments.latestApproved(SIZE));
    }

    /** A visible article's approved comments. */
    public SyndFeed articleComments(Request request, ArticleView article) {
        Head head = new Head(
                builder.message("feed.articleComments.title", builder.siteTitle(), article.title()),
                request.base() + article.permalink(),
                request.self());
        return builder.comments(head, request.base(), comments.latestApproved(article.id(), SIZE));
    }
}
