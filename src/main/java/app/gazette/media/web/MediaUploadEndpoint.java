package app.gazette.media.web;

import app.gazette.media.MediaSize;
import app.gazette.media.MediaView;
import app.gazette.media.image.ImageRefused;
import app.gazette.media.library.MediaAdmin;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The editor's uploads (button, drag and drop, paste): the new picture as JSON with the Markdown to
 * insert, or {@code {"error": message}} with the refusal's status.
 */
@RestController
class MediaUploadEndpoint {

    /** The file the editor inserts: wide enough for the article column; pages add the srcset. */
    static final int INSERTED_WIDTH = 1280;

    private final MediaAdmin admin;
    private final MessageSource messages;

    MediaUploadEndpoint(MediaAdmin admin, MessageSource messages) {
        this.admin = admin;
        this.messages = messages;
    }

    @PostMapping("/admin/media/upload")
    ResponseEntity<Map<String, Object>> upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String alt,
            Principal me,
            Locale locale)
            throws IOException {
        String text = alt.length() > 250 ? alt.substring(0, 250) : alt;
        try {
            MediaView added = admin.upload(file, text, me.getName());
            MediaSize inserted = added.atLeast(INSERTED_WIDTH);
            return ResponseEntity.ok(Map.of(
                    "id", added.id(),
                    "url", inserted.url(),
                    "markdown", markdown(added.alt(), inserted.url()),
                    "width", inserted.width(),
                    "height", inserted.height()));
        } catch (ImageRefused refused) {
            String message = messages.getMessage(refused.messageKey(), refused.messageArguments(), locale);
            return ResponseEntity.status(refused.status()).body(Map.of("error", message));
        }
    }

    /** {@code ![alt](url)}, brackets and backslashes in the alt text escaped. */
    static String markdown(String alt, String url) {
        return "![" + alt.replaceAll("([\\\\\\[\\]])", "\\\\$1") + "](" + url + ")";
    }
}
