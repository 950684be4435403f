package app.gazette.article.web;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleAdmin.ArticleEdit;
import app.gazette.article.EditConflictException;
import app.gazette.article.FrontPage;
import app.gazette.media.MediaLibrary;
import app.gazette.media.MediaView;
import app.gazette.shared.SiteFormats;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the editor's model: the form, what is known of the saved article, label suggestions, its front-page marks. */
@Component
public class EditorPage {

    static final String VIEW = "admin/articles/form";

    private final ArticleAdmin admin;
    static final int PICTURES = 24;

    private final SiteFormats formats;
    private final MediaLibrary library;
    private final FrontPage frontPage;

    EditorPage(ArticleAdmin admin, SiteFormats formats, MediaLibrary library, FrontPage frontPage) {
        this.admin = admin;
        this.frontPage = frontPage;
        this.formats = formats;
        this.library = library;
    }

    /** The editor for this member: a new article when saved is null. */
    String show(Model model, ArticleForm form, ArticleEdit saved, String previewMarkdown, String username) {
        model.addAttribute("articleForm", form);
        model.addAttribute("saved", saved);
        model.addAttribute("rights", saved != null ? saved.rights() : admin.rightsForNew(username));
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", new ReturnForm(""));
        }
        model.addAttribute("labelNames", admin.labelNames());
        model.addAttribute("zone", zoneName());
        model.addAttribute("locale", formats.locale().toLanguageTag());
        model.addAttribute("datePattern", formats.dateHeaderPattern());
        model.addAttribute("publishAtReads", reads(form.publishAt()));
        model.addAttribute("pictures", pictures(form.featuredId()));
        model.addAttribute("preview", previewMarkdown == null ? null : admin.preview(previewMarkdown));
        if (saved != null && !model.containsAttribute("frontPageForm")) {
            model.addAttribute("frontPageForm", FrontPageForm.of(frontPage.choiceOf(saved.id()), formats.zone()));
        }
        return VIEW;
    }

    String conflict(Model model, ArticleForm form, long id, EditConflictException conflict, String username) {
        model.addAttribute("conflict", new Conflict(conflict.savedBy(), formats.dateTime(conflict.savedAt())));
        return show(model, form.over(conflict.currentVersion()), admin.edit(id, username), null, username);
    }

    /** The newest pictures to choose a featured one from, with the chosen one even when older. */
    private List<MediaView> pictures(Long chosen) {
        List<MediaView> latest = new ArrayList<>(library.latest("", PICTURES));
        if (chosen != null && latest.stream().noneMatch(picture -> picture.id() == chosen)) {
            library.find(chosen).ifPresent(picture -> latest.add(0, picture));
        }
        return latest;
    }

    /** The chosen publish time as the site writes dates, "Saturday 9 February 2019, 10:15"; null when none. */
    private String reads(String publishAt) {
        try {
            return publishAt == null || publishAt.isBlank()
                    ? null
                    : formats.dateTime(LocalDateTime.parse(publishAt)
                            .atZone(formats.zone())
                            .toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    record Conflict(String savedBy, String savedAt) {}

    /** The site's zone by name and id, "Greenwich Mean Time, Europe/London", beside the publish time. */
    private String zoneName() {
        String id = formats.zone().getId();
        String name = formats.zone().getDisplayName(TextStyle.FULL, formats.locale());
        return name.equals(id) ? id : name + ", " + id;
    }
}
