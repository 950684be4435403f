package app.gazette.comment.web;

import app.gazette.comment.CommentModeration;
import app.gazette.comment.CommentStatus;
import app.gazette.comment.CommentedArticle;
import app.gazette.comment.ModeratedComment;
import app.gazette.comment.ModerationAction;
import app.gazette.shared.NotFoundException;
import app.gazette.shared.web.AdminPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The newsroom's comment pages: the queue and lists, bulk moderation, staff replies, closing. */
@Controller
@AdminPage
class AdminCommentController {

    static final String LIST = "/admin/comments";
    /** Where a form may send the editor back to: a newsroom path, nothing that leaves the site. */
    private static final Pattern RETURN_TO = Pattern.compile("/admin/[\\w\\-./?=&%#]*");

    private final CommentModeration moderation;

    AdminCommentController(CommentModeration moderation) {
        this.moderation = moderation;
    }

    @GetMapping(LIST)
    String list(
            @RequestParam(defaultValue = "pending") String status,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        CommentStatus shown = parseStatus(status).orElseThrow(NotFoundException::new);
        var comments = moderation.list(shown, page);
        model.addAttribute("status", status);
        model.addAttribute("comments", comments);
        model.addAttribute("pendingCount", moderation.pendingCount());
        model.addAttribute("actions", actionsFor(shown));
        model.addAttribute("here", listUrl(status, comments.number()));
        return "admin/comments/list";
    }

    /** One form for single and bulk moderation: the checked ids and the pressed button's action. */
    @PostMapping(LIST + "/moderate")
    String moderate(
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam String action,
            @RequestParam(defaultValue = "pending") String status,
            @RequestParam(defaultValue = "1") int page,
            Principal principal,
            RedirectAttributes redirect) {
        ModerationAction chosen =
                ModerationAction.parse(action).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        String back = "redirect:" + listUrl(parseStatus(status).isPresent() ? status : "pending", page);
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("notice", Notice.of("admin.comments.noneSelected"));
            return back;
        }
        int done = moderation.moderate(chosen, ids.stream().distinct().toList(), principal.getName());
        redirect.addFlashAttribute("notice", new Notice("admin.comments.done." + chosen.value(), done, null, null));
        return back;
    }

    @GetMapping("/admin/articles/{articleId}/comments/reply")
    String replyPage(
            @PathVariable long articleId,
            @RequestParam(required = false) Long parent,
            @RequestParam(defaultValue = LIST) String returnTo,
            Model model) {
        return replyView(model, articleId, parent, returnTo, ReplyForm.empty());
    }

    @PostMapping("/admin/articles/{articleId}/comments/reply")
    String reply(
            @PathVariable long articleId,
            @RequestParam(required = false) Long parent,
            @RequestParam(defaultValue = LIST) String returnTo,
            @Valid @ModelAttribute("replyForm") ReplyForm form,
            BindingResult errors,
            Principal principal,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            String view = replyView(model, articleId, parent, returnTo, form);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return view;
        }
        CommentedArticle article = moderation.article(articleId).orElseThrow(NotFoundException::new);
        long id = moderation
                .reply(articleId, parent, principal.getName(), form.body())
                .orElseThrow(NotFoundException::new);
        String link = article.url() == null ? null : article.url() + "#c" + id;
        redirect.addFlashAttribute("notice", new Notice("admin.comments.reply.done", 1, article.title(), link));
        return "redirect:" + safeReturn(returnTo);
    }

    @PostMapping("/admin/articles/{articleId}/comments/{change:open|close}")
    String openOrClose(
            @PathVariable long articleId,
            @PathVariable String change,
            @RequestParam(defaultValue = LIST) String returnTo,
            Principal principal,
            RedirectAttributes redirect) {
        boolean open = "open".equals(change);
        CommentedArticle article =
                moderation.setCommentsOpen(articleId, open, principal.getName()).orElseThrow(NotFoundException::new);
        redirect.addFlashAttribute("notice", new Notice("admin.comments.done." + change, 1, article.title(), null));
        return "redirect:" + safeReturn(returnTo);
    }

    private String replyView(Model model, long articleId, Long parentId, String returnTo, ReplyForm form) {
        CommentedArticle article = moderation.article(articleId).orElseThrow(NotFoundException::new);
        ModeratedComment parent = parentId == null
                ? null
                : moderation
                        .comment(parentId)
                        .filter(comment -> comment.articleId() == articleId)
                        .orElseThrow(NotFoundException::new);
        model.addAttribute("article", article);
        model.addAttribute("parent", parent);
        model.addAttribute("returnTo", safeReturn(returnTo));
        model.addAttribute("replyForm", form);
        return "admin/comments/reply";
    }

    static String safeReturn(String returnTo) {
        return returnTo != null && RETURN_TO.matcher(returnTo).matches() ? returnTo : LIST;
    }

    private static java.util.Optional<CommentStatus> parseStatus(String status) {
        return Arrays.stream(CommentStatus.values())
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(status))
                .findFirst();
    }

    /** The buttons a list offers: everything but what its comments already are. */
    private static List<ModerationAction> actionsFor(CommentStatus status) {
        return Arrays.stream(ModerationAction.values())
                .filter(a -> !(a == ModerationAction.APPROVE && status == CommentStatus.APPROVED)
                        && !(a == ModerationAction.SPAM && status == CommentStatus.SPAM))
                .toList();
    }

    private static String listUrl(String status, int page) {
        return UriComponentsBuilder.fromPath(LIST)
                .queryParam("status", status)
                .queryParam("page", page)
                .build()
                .toUriString();
    }
}
