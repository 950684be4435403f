package app.gazette.article.web;

import app.gazette.article.ArticleService;
import app.gazette.article.Cursor;
import app.gazette.shared.FeedLink;
import app.gazette.shared.NotFoundException;
import app.gazette.shared.web.PublicPage;
import app.gazette.site.SettingsService;
import app.gazette.user.UserService;
import app.gazette.user.UserView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** An author's page: their published articles, newest first. */
@Controller
@PublicPage
class AuthorController {

    private final UserService users;
    private final ArticleService articles;
    private final ArticleLists lists;
    private final SettingsService settings;

    AuthorController(UserService users, ArticleService articles, ArticleLists lists, SettingsService settings) {
        this.users = users;
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
        UserView author = users.findByUsername(username).orElseThrow(NotFoundException::new);
        var list = articles.byAuthor(
                author.username(),
                ArticleLists.position(before, after, page),
                settings.current().pageSize());
        if (list.isEmpty()) {
            throw new NotFoundException();
        }
        model.addAttribute("feeds", List.of(FeedLink.author(author.username(), author.displayName())));
        return lists.show(
                model,
                list,
                "author.heading",
                author.displayName(),
                "/author/" + UriUtils.encodePathSegment(author.username(), StandardCharsets.UTF_8));
    }
}
