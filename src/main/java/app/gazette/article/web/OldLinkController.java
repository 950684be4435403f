package app.gazette.article.web;

import app.gazette.article.OldLinks;
import app.gazette.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * WordPress addresses of imported articles, /?p=42 and /2019/02/09/name/: a 301 to the article.
 * (Blogger's /2019/02/slug.html is answered by {@link ArticleController}.)
 */
@Controller
class OldLinkController {

    private final OldLinks oldLinks;

    OldLinkController(OldLinks oldLinks) {
        this.oldLinks = oldLinks;
    }

    @GetMapping(path = "/", params = "p")
    RedirectView post(@RequestParam String p) {
        return redirect("/?p=" + p);
    }

    @GetMapping({
        "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{name}",
        "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{name}/"
    })
    RedirectView dated(
            @PathVariable String year,
            @PathVariable String month,
            @PathVariable String day,
            @PathVariable String name) {
        return redirect("/" + year + "/" + month + "/" + day + "/" + name);
    }

    private RedirectView redirect(String path) {
        return ArticleController.moved(oldLinks.permalink(path).orElseThrow(NotFoundException::new));
    }
}
