package app.gazette.article.web;

import app.gazette.article.ArticlePages;
import app.gazette.article.ArticleService;
import app.gazette.article.ArticleView;
import app.gazette.article.Cursor;
import app.gazette.article.FrontPage;
import app.gazette.article.OldLinks;
import app.gazette.shared.NotFoundException;
import app.gazette.shared.web.PublicPage;
import app.gazette.site.SettingsService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** The home page (its first page led by the lead story and the featured strip), year and month archives, and article pages. */
@Controller
@PublicPage
class ArticleController {

    private final ArticleService articles;
    private final ArticleLists lists;
    private final ArticlePages pages;
    private final SettingsService settings;
    private final OldLinks oldLinks;
    private final FrontPage frontPage;

    ArticleController(
            ArticleService articles,
            ArticleLists lists,
            ArticlePages pages,
            SettingsService settings,
            OldLinks oldLinks,
            FrontPage frontPage) {
        this.articles = articles;
        this.frontPage = frontPage;
        this.oldLinks = oldLinks;
        this.lists = lists;
        this.pages = pages;
        this.settings = settings;
    }

    @GetMapping("/")
    String home(
            @RequestParam(required = false) Cursor before,
            @RequestParam(required = false) Cursor after,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        var list = articles.newest(
                ArticleLists.position(before, after, page), settings.current().pageSize());
        if (before == null && after == null && page <= 1) {
            model.addAttribute("front", frontPage.current());
        }
        return lists.show(model, list, null, null, "/");
    }

    @GetMapping("/{year:\\d{4}}")
    String year(
            @PathVariable int year,
            @RequestParam(required = false) Cursor before,
            @RequestParam(required = false) Cursor after,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        var list = articles.inYear(
                year,
                ArticleLists.position(before, after, page),
                settings.current().pageSize());
        if (list.isEmpty()) {
            throw new NotFoundException();
        }
        return lists.show(model, list, "archive.year", year, String.format("/%04d", year));
    }

    @GetMapping("/{year:\\d{4}}/{month:\\d{2}}")
    String month(
            @PathVariable int year,
            @PathVariable int month,
            @RequestParam(required = false) Cursor before,
            @RequestParam(required = false) Cursor after,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        YearMonth yearMonth = yearMonth(year, month);
        var list = articles.inMonth(
                yearMonth,
                ArticleLists.position(before, after, page),
                settings.current().pageSize());
        if (list.isEmpty()) {
            throw new NotFoundException();
        }
        return lists.show(
                model, list, "archive.month", lists.monthName(yearMonth), String.format("/%04d/%02d", year, month));
    }

    /**
     * An article; Blogger's ".html" form and a stale year/month get a 301 to the canonical URL. An
     * imported Blogger address goes to the article it was imported into, whatever its slug now.
     */
    @GetMapping("/{year:\\d{4}}/{month:\\d{2}}/{slug}")
    Object article(
            @PathVariable int year,
            @PathVariable int month,
            @PathVariable String slug,
            HttpServletRequest request,
            Model model) {
        String path = String.format("/%04d/%02d/%s", year, month, slug);
        boolean blogger = slug.endsWith(".html");
        Optional<String> imported = blogger ? oldLinks.permalink(path) : Optional.empty();
        if (imported.isPresent()) {
            return moved(imported.get());
        }
        String bare = blogger ? slug.substring(0, slug.length() - 5) : slug;
        ArticleView article = articles.findVisible(bare).orElseThrow(NotFoundException::new);
        if (!article.permalink().equals(path)) {
            return moved(article.permalink());
        }
        return pages.show(model, article, request.getParameterMap());
    }

    static RedirectView moved(String location) {
        RedirectView redirect = new RedirectView(location);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }

    private static YearMonth yearMonth(int year, int month) {
        try {
            return YearMonth.of(year, month);
        } catch (DateTimeException e) {
            throw new NotFoundException();
        }
    }
}
