package app.gazette.comment.web;

import app.gazette.article.ArticlePages;
import app.gazette.article.ArticleService;
import app.gazette.article.ArticleView;
import app.gazette.comment.CommentFormSigner;
import app.gazette.comment.CommentRefusedException;
import app.gazette.comment.CommentService;
import app.gazette.comment.CommentStatus;
import app.gazette.comment.NewComment;
import app.gazette.shared.NotFoundException;
import app.gazette.shared.web.PublicPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Posting a comment: errors re-render the article with the reader's text; success redirects (PRG).
 * An article closed to comments answers 409 and stores nothing; so does a comment posted already.
 * Posting again too soon answers 429. Spam is stored as such and told it waits for approval.
 */
@Controller
@PublicPage
class CommentController {

    private final ArticleService articles;
    private final CommentService comments;
    private final ArticlePages pages;
    private final CommentFormSigner signer;

    CommentController(ArticleService articles, CommentService comments, ArticlePages pages, CommentFormSigner signer) {
        this.articles = articles;
        this.comments = comments;
        this.pages = pages;
        this.signer = signer;
    }

    /** The article page again, keeping the reader's form (and its errors) and saying why. */
    private String again(Model model, ArticleView article, String notice) {
        model.addAttribute(CommentSection.NOTICE, notice);
        return pages.show(model, article, Map.of());
    }

    @PostMapping("/{year:\\d{4}}/{month:\\d{2}}/{slug}/comments")
    String post(
            @PathVariable String slug,
            @Valid @ModelAttribute("commentForm") CommentForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ArticleView article = articles.findVisible(slug).orElseThrow(NotFoundException::new);
        if (!article.commentsOpen()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return again(model, article, "closed");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return again(model, article, null);
        }
        Instant renderedAt = signer.verify(form.renderedAt(), form.signature()).orElse(null);
        CommentStatus status;
        try {
            status = comments.post(
                    article.id(),
                    new NewComment(
                            form.name(),
                            form.email(),
                            form.body(),
                            request.getRemoteAddr(),
                            request.getHeader("User-Agent"),
                            renderedAt,
                            form.honeypotFilled()));
        } catch (CommentRefusedException refused) {
            return refusedPage(refused, article, response, model);
        }
        String notice = status == CommentStatus.APPROVED ? "published" : "held";
        return "redirect:" + article.permalink() + "?comment=" + notice + "#comments";
    }

    private String refusedPage(
            CommentRefusedException refused, ArticleView article, HttpServletResponse response, Model model) {
        if (refused.reason() == CommentRefusedException.Reason.FLOOD) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfter().toSeconds()));
            return again(model, article, "flood");
        }
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return again(model, article, "duplicate");
    }
}
