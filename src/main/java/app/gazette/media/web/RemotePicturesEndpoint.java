package app.gazette.media.web;

import app.gazette.media.RemotePictures;
import app.gazette.media.library.MediaAdmin;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editor's "Copy into the library": the article's pictures on other sites are fetched into the
 * library; the answer is the rewritten Markdown, a summary, and why each picture left behind stayed.
 */
@RestController
class RemotePicturesEndpoint {

    /** As long as an article the editor takes. */
    static final int MARKDOWN_LIMIT = 200_000;

    private final MediaAdmin admin;
    private final MessageSource messages;

    RemotePicturesEndpoint(MediaAdmin admin, MessageSource messages) {
        this.admin = admin;
        this.messages = messages;
    }

    @PostMapping("/admin/media/bring-in")
    ResponseEntity<Map<String, Object>> bringIn(
            @RequestParam(defaultValue = "") String markdown, Principal me, Locale locale) {
        if (markdown.length() > MARKDOWN_LIMIT) {
            return ResponseEntity.badRequest()
                    .body(Map.of("error", messages.getMessage("editor.bringIn.tooLong", null, locale)));
        }
        RemotePictures.Result result = admin.bringIn(markdown, me.getName());
        List<String> failures = result.failures().stream()
                .map(failure -> messages.getMessage(failure.messageKey(), new Object[] {failure.url()}, locale))
                .toList();
        return ResponseEntity.ok(Map.of(
                "markdown", result.markdown(),
                "message", messages.getMessage("editor.bringIn.done", new Object[] {result.fetched()}, locale),
                "failures", failures));
    }
}
