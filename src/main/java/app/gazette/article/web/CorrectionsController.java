package app.gazette.article.web;

import app.gazette.article.ArticleNotes;
import app.gazette.shared.NotFoundException;
import app.gazette.shared.web.PublicPage;
import app.gazette.site.SettingsService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The corrections page: corrected articles with their corrections, the most recently corrected first. */
@Controller
@PublicPage
class CorrectionsController {

    private final ArticleNotes notes;
    private final SettingsService settings;

    CorrectionsController(ArticleNotes notes, SettingsService settings) {
        this.notes = notes;
        this.settings = settings;
    }

    @GetMapping("/corrections")
    String corrections(@RequestParam(defaultValue = "1") int page, Model model) {
        var corrections = notes.corrections(page, settings.current().pageSize());
        if (corrections.entries().isEmpty() && page > 1) {
            throw new NotFoundException();
        }
        model.addAttribute("corrections", corrections);
        return "articles/corrections";
    }
}
