package app.gazette.syndication.web;

import app.gazette.article.ArticleService;
import app.gazette.article.ArticleView;
import app.gazette.shared.LabelLink;
import app.gazette.shared.NotFoundException;
import app.gazette.site.SiteAddress;
import app.gazette.syndication.FeedFormat;
import app.gazette.syndication.Feeds;
import com.rometools.rome.feed.synd.SyndFeed;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

/** Atom and RSS feeds at Gazette's paths and at Blogger's (where ?alt=rss asks for RSS). */
@RestController
class FeedController {

    private static final String ARTICLE = "/{year:\\d{4}}/{month:\\d{2}}/{slug}";

    private final Feeds feeds;
    private final ArticleService articles;
    private final SiteAddress address;

    FeedController(Feeds feeds, ArticleService articles, SiteAddress address) {
        this.feeds = feeds;
        this.articles = articles;
        this.address = address;
    }

    @GetMapping("/feeds/posts/default")
    ResponseEntity<String> blogger(@RequestParam(required = false) String alt) {
        return site(alt(alt));
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> atom() {
        return site(FeedFormat.ATOM);
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> rss() {
        return site(FeedFormat.RSS);
    }

    @GetMapping("/feeds/posts/default/-/{name}")
    ResponseEntity<String> bloggerLabel(@PathVariable String name, @RequestParam(required = false) String alt) {
        return send(alt(alt), feeds.label(request(), name));
    }

    @GetMapping("/label/{name}/feed.atom")
    ResponseEntity<String> labelAtom(@PathVariable String name) {
        return send(FeedFormat.ATOM, feeds.label(request(), LabelLink.nameOf(name)));
    }

    @GetMapping("/label/{name}/feed.xml")
    ResponseEntity<String> labelRss(@PathVariable String name) {
        return send(FeedFormat.RSS, feeds.label(request(), LabelLink.nameOf(name)));
    }

    @GetMapping("/author/{username}/feed.atom")
    ResponseEntity<String> authorAtom(@PathVariable String username) {
        return send(FeedFormat.ATOM, feeds.author(request(), username));
    }

    @GetMapping("/author/{username}/feed.xml")
    ResponseEntity<String> authorRss(@PathVariable String username) {
        return send(FeedFormat.RSS, feeds.author(request(), username));
    }

    @GetMapping("/feeds/comments/default")
    ResponseEntity<String> comments(@RequestParam(required = false) String alt) {
        return send(alt(alt), Optional.of(feeds.comments(request())));
    }

    /** A visible article's comments; an old slug or month is sent on to the canonical feed (301). */
    @GetMapping(ARTICLE + "/feed.atom")
    ResponseEntity<String> articleAtom(@PathVariable int year, @PathVariable int month, @PathVariable String slug) {
        return articleComments(year, month, slug, FeedFormat.ATOM, "/feed.atom");
    }

    @GetMapping(ARTICLE + "/feed.xml")
    ResponseEntity<String> articleRss(@PathVariable int year, @PathVariable int month, @PathVariable String slug) {
        return articleComments(year, month, slug, FeedFormat.RSS, "/feed.xml");
    }

    private ResponseEntity<String> articleComments(int year, int month, String slug, FeedFormat format, String file) {
        ArticleView article = articles.findVisible(slug).orElseThrow(NotFoundException::new);
        if (!article.permalink().equals(String.format("/%04d/%02d/%s", year, month, slug))) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(address.base() + article.permalink() + file))
                    .build();
        }
        return send(format, Optional.of(feeds.articleComments(request(), article)));
    }

    private ResponseEntity<String> site(FeedFormat format) {
        return send(format, Optional.of(feeds.site(request())));
    }

    private static ResponseEntity<String> send(FeedFormat format, Optional<SyndFeed> feed) {
        String xml = format.write(feed.orElseThrow(NotFoundException::new));
        return ResponseEntity.ok().contentType(format.mediaType()).body(xml);
    }

    /** Blogger's ?alt=: rss, atom or nothing (Atom). */
    private static FeedFormat alt(String alt) {
        if (alt == null || alt.equals("atom")) {
            return FeedFormat.ATOM;
        }
        if (alt.equals("rss")) {
            return FeedFormat.RSS;
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }

    /** Absolute URLs from the configured base URL and the feed's path (and ?alt=), never the request's host. */
    private Feeds.Request request() {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String alt = request.getParameter("alt");
        String query = "rss".equals(alt) || "atom".equals(alt) ? "?alt=" + alt : "";
        return new Feeds.Request(address.base(), address.base() + path + query);
    }
}
