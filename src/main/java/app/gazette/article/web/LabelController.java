package app.gazette.article.web;

import app.gazette.article.ArticleService;
import app.gazette.article.Cursor;
import app.gazette.label.LabelService;
import app.gazette.label.LabelService.LabelRef;
import app.gazette.shared.FeedLink;
import app.gazette.shared.LabelLink;
import app.gazette.shared.NotFoundException;
import app.gazette.shared.web.PublicPage;
import app.gazette.site.SettingsService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** A label's articles; Blogger's address of them redirects. */
@Controller
@PublicPage
class LabelController {

    private final LabelService labels;
    private final ArticleService articles;
    private final ArticleLists lists;
    private final SettingsService settings;

    LabelController(LabelService labels, ArticleService articles, ArticleLists lists, SettingsService settings) {
        this.labels = labels;
        this.articles = articles;
        this.lists = lists;
        this.settings = settings;
    }

    /** Blogger's address of a label page: a 301 to Gazette's (imported Blogger links keep working). */
    @GetMapping("/search/label/{name}")
    RedirectView blogger(@PathVariable String name) {
        LabelRef label = labels.find(name).orElseThrow(NotFoundException::new);
        RedirectView redirect = new RedirectView(LabelLink.of(label.name()).url());
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }

    @GetMapping("/label/{name}")
    String label(
            @PathVariable String name,
            @RequestParam(required = false) Cursor before,
            @RequestParam(required = false) Cursor after,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        LabelRef label = labels.find(LabelLink.nameOf(name)).orElseThrow(NotFoundException::new);
        int pageSize = settings.current().pageSize();
        model.addAttribute("feeds", List.of(FeedLink.label(label.name())));
        return lists.show(
                model,
                articles.withLabel(label.id(), ArticleLists.position(before, after, page), pageSize),
                "label.heading",
                label.name(),
                LabelLink.of(label.name()).url());
    }
}
