package app.gazette.search.web;

import app.gazette.search.SearchQuery;
import app.gazette.search.SearchService;
import app.gazette.shared.web.PublicPage;
import app.gazette.site.SettingsService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: without a query it asks for one, and runs nothing. */
@Controller
@PublicPage
class SearchController {

    static final String VIEW = "search/results";

    private final SearchService search;
    private final SettingsService settings;

    SearchController(SearchService search, SettingsService settings) {
        this.search = search;
        this.settings = settings;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        SearchQuery query = SearchQuery.of(q);
        model.addAttribute("searchQuery", query.text());
        if (!query.isEmpty()) {
            model.addAttribute(
                    "results", search.search(query, page, settings.current().pageSize()));
        }
        return VIEW;
    }
}
