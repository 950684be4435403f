package app.gazette.article.web;

import app.gazette.article.ArticleService;
import app.gazette.article.Cursor;
import app.gazette.shared.FeedLink;
import app.gazette.shared.NotFoundException;
import app.gazette.shared.web.PublicPage;
import app.gazette.site.SettingsService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * An author's page: their published articles, newest first. The articles name their author (login
 * and display name), so the page needs no lookup of its own: no visible article, no page.
 */
@Controller
@PublicPage
class AuthorController {

    private final ArticleService articles;
    private final ArticleLists lists;
    private final SettingsService settings;

    AuthorController(ArticleService articles, ArticleLists lists, SettingsService settings) {
        this.articles = articles;
        this.lists = lists;
        this.settings = settings;
    }

    @GetMapping("/author/{username}")
    String author(
            @PathVariable String username,
            @RequestParam(required = false) Cursor before,
            @RequestParam(required = false) Cursor after,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        var list = articles.byAuthor(
                username,
                ArticleLists.position(before, after, page),
                settings.current().pageSize());
        if (list.isEmpty()) {
            throw new NotFoundException();
        }
        String displayName = list.entries().get(0).authorName();
        model.addAttribute("feeds", List.of(FeedLink.author(username, displayName)));
        return lists.show(
                model,
                list,
                "author.heading",
                displayName,
                "/author/" + UriUtils.encodePathSegment(username, StandardCharsets.UTF_8));
    }
}
