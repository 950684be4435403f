package app.gazette.article.web;

import app.gazette.article.ArticleSummaryView;
import app.gazette.article.Cursor;
import app.gazette.article.ListPosition;
import app.gazette.shared.DateHeaders;
import app.gazette.shared.ListPage;
import app.gazette.shared.SiteFormats;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts a page of articles into the model of the list template, grouped under date headers. */
@Component
public class ArticleLists {

    public static final String VIEW = "articles/list";

    private final SiteFormats formats;

    ArticleLists(SiteFormats formats) {
        this.formats = formats;
    }

    /**
     * @param heading  message code of the list's heading, or null on the home page
     * @param argument the heading's argument (a label's name, a month)
     * @param basePath the list's URL, to which paging links add ?before= or ?after=
     */
    public String show(
            Model model, ListPage<ArticleSummaryView> page, String heading, Object argument, String basePath) {
        model.addAttribute("page", page);
        model.addAttribute("days", DateHeaders.group(page.entries(), ArticleSummaryView::day, formats::dateHeader));
        model.addAttribute("heading", heading);
        model.addAttribute("headingArgument", argument);
        model.addAttribute("basePath", basePath);
        return VIEW;
    }

    /** A list's position from its query: a cursor of a paging link, or a page number of an old link. */
    public static ListPosition position(Cursor before, Cursor after, int page) {
        return before != null
                ? ListPosition.before(before)
                : after != null ? ListPosition.after(after) : ListPosition.page(page);
    }

    /** "February 2019", for a month archive's heading. */
    public String monthName(YearMonth month) {
        return formats.monthName(month);
    }
}
