package app.gazette.article.web;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleFieldException;
import app.gazette.article.FrontPage;
import app.gazette.shared.SiteFormats;
import app.gazette.shared.web.AdminPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Marks an article as the lead story or featured, from its editor page. */
@Controller
@AdminPage
class AdminFrontPageController {

    private final FrontPage frontPage;
    private final ArticleAdmin admin;
    private final EditorPage page;
    private final SiteFormats formats;

    AdminFrontPageController(FrontPage frontPage, ArticleAdmin admin, EditorPage page, SiteFormats formats) {
        this.frontPage = frontPage;
        this.admin = admin;
        this.page = page;
        this.formats = formats;
    }

    @PostMapping("/admin/articles/{id}/front-page")
    String mark(
            @PathVariable long id,
            @Valid @ModelAttribute("frontPageForm") FrontPageForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Principal me) {
        if (!errors.hasErrors()) {
            try {
                frontPage.mark(id, form.choice(formats.zone()));
                redirect.addFlashAttribute("notice", "frontPage.saved");
                return "redirect:/admin/articles/" + id + "/edit";
            } catch (ArticleFieldException refused) {
                errors.rejectValue(refused.field(), refused.messageCode());
            } catch (DateTimeParseException invalid) {
                errors.rejectValue("leadUntil", "frontPage.leadUntil.invalid");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        var saved = admin.edit(id, me.getName());
        return page.show(model, ArticleForm.of(saved), saved, null, me.getName());
    }
}
