package app.gazette.article.web;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleAdmin.ArticleEdit;
import app.gazette.article.EditConflictException;
import app.gazette.shared.SiteFormats;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the editor's model: the form, what is known of the saved article, label suggestions. */
@Component
public class EditorPage {

    static final String VIEW = "admin/articles/form";

    private final ArticleAdmin admin;
    private final SiteFormats formats;

    EditorPage(ArticleAdmin admin, SiteFormats formats) {
        this.admin = admin;
        this.formats = formats;
    }

    String show(Model model, ArticleForm form, ArticleEdit saved, String previewMarkdown) {
        model.addAttribute("articleForm", form);
        model.addAttribute("saved", saved);
        model.addAttribute("labelNames", admin.labelNames());
        model.addAttribute("zone", formats.zone().getId());
        model.addAttribute("preview", previewMarkdown == null ? null : admin.preview(previewMarkdown));
        return VIEW;
    }

    String conflict(Model model, ArticleForm form, long id, EditConflictException conflict) {
        model.addAttribute("conflict", new Conflict(conflict.savedBy(), formats.dateTime(conflict.savedAt())));
        return show(model, form.over(conflict.currentVersion()), admin.edit(id), null);
    }

    record Conflict(String savedBy, String savedAt) {}
}
