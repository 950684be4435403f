package app.gazette.article.web;

import app.gazette.article.AdminFilter;
import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleEditor;
import app.gazette.article.ArticleFieldException;
import app.gazette.article.EditAction;
import app.gazette.article.EditConflictException;
import app.gazette.shared.SiteFormats;
import app.gazette.shared.web.AdminPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The newsroom's article list and editor: write, preview, save, publish, schedule, unpublish. */
@Controller
@AdminPage
class AdminArticleController {

    private final ArticleAdmin admin;
    private final ArticleEditor editor;
    private final EditorPage page;
    private final SiteFormats formats;

    AdminArticleController(ArticleAdmin admin, ArticleEditor editor, EditorPage page, SiteFormats formats) {
        this.admin = admin;
        this.editor = editor;
        this.page = page;
        this.formats = formats;
    }

    @GetMapping("/admin/articles")
    String list(
            @RequestParam(defaultValue = "all") String status,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            Principal me,
            Model model) {
        AdminFilter filter = AdminFilter.from(status);
        model.addAttribute("rows", admin.list(filter, q, page, me.getName()));
        model.addAttribute("filter", filter.key());
        model.addAttribute("filters", AdminFilter.values());
        model.addAttribute("q", q);
        return "admin/articles/list";
    }

    @GetMapping("/admin/articles/new")
    String create(Principal me, Model model) {
        return page.show(model, ArticleForm.blank(), null, null, me.getName());
    }

    @GetMapping("/admin/articles/{id}/edit")
    String edit(@PathVariable long id, Principal me, Model model) {
        var saved = admin.edit(id, me.getName());
        return page.show(model, ArticleForm.of(saved), saved, null, me.getName());
    }

    @PostMapping("/admin/articles")
    String create(
            @Valid @ModelAttribute("articleForm") ArticleForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            Principal me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if ("preview".equals(action) || errors.hasErrors()) {
            return again(model, form, errors, null, action, response, me);
        }
        try {
            long id = editor.create(form.draft(formats.zone()), action(action), me.getName());
            return saved(redirect, id, action);
        } catch (ArticleFieldException | DateTimeParseException e) {
            return refused(model, form, errors, null, e, response, me);
        }
    }

    @PostMapping("/admin/articles/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("articleForm") ArticleForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            Principal me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if ("preview".equals(action) || errors.hasErrors() || form.version() == null) {
            return again(model, form, errors, admin.edit(id, me.getName()), action, response, me);
        }
        try {
            editor.update(id, form.version(), form.draft(formats.zone()), action(action), me.getName());
            return saved(redirect, id, action);
        } catch (ArticleFieldException | DateTimeParseException e) {
            return refused(model, form, errors, admin.edit(id, me.getName()), e, response, me);
        } catch (EditConflictException conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page.conflict(model, form, id, conflict, me.getName());
        } catch (ObjectOptimisticLockingFailureException raced) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page.conflict(model, form, id, admin.conflict(id), me.getName());
        }
    }

    private String again(
            Model model,
            ArticleForm form,
            BindingResult errors,
            ArticleAdmin.ArticleEdit saved,
            String action,
            HttpServletResponse response,
            Principal me) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return page.show(model, form, saved, "preview".equals(action) ? form.body() : null, me.getName());
    }

    private String refused(
            Model model,
            ArticleForm form,
            BindingResult errors,
            ArticleAdmin.ArticleEdit saved,
            RuntimeException cause,
            HttpServletResponse response,
            Principal me) {
        if (cause instanceof ArticleFieldException field) {
            errors.rejectValue(field.field(), field.messageCode());
        } else {
            errors.rejectValue("publishAt", "article.publishAt.invalid");
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page.show(model, form, saved, null, me.getName());
    }

    private static String saved(RedirectAttributes redirect, long id, String action) {
        redirect.addFlashAttribute(
                "notice", "article.saved." + action(action).name().toLowerCase(Locale.ROOT));
        return "redirect:/admin/articles/" + id + "/edit";
    }

    private static EditAction action(String action) {
        try {
            return EditAction.valueOf(action.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return EditAction.SAVE;
        }
    }
}
