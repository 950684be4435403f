package app.gazette.article;

import java.util.List;

/**
 * Sanitised HTML of an article body, the plain text of its first paragraph, and the addresses of its
 * images that are not in the library (readers' browsers do not load them: the CSP allows only ours).
 */
public record RenderedBody(String html, String firstParagraph, List<String> remoteImages) {

    public RenderedBody {
        remoteImages = List.copyOf(remoteImages);
    }
}
