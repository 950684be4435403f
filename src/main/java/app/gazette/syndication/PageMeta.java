package app.gazette.syndication;

import java.util.List;

/**
 * What a reader page tells search engines and social sites: description, canonical URL, OpenGraph
 * and Twitter fields, and JSON-LD (already serialised, with <, > and & escaped for a script block):
 * the page's own and, on article pages, its BreadcrumbList (null when none).
 */
public record PageMeta(
        String siteName,
        String type,
        String title,
        String description,
        String canonical,
        String publishedTime,
        String modifiedTime,
        List<String> tags,
        String jsonLd,
        Image image,
        String breadcrumbsJsonLd) {

    /** The page's picture for og:image and twitter:image: an absolute URL, its size and alt text. */
    public record Image(String url, int width, int height, String alt) {}
}
