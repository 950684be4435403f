package app.gazette.api.web;

import app.gazette.article.CatalogArticle;
import app.gazette.article.FeaturedView;
import app.gazette.media.MediaSize;
import app.gazette.media.MediaView;
import app.gazette.shared.FeedLink;
import app.gazette.shared.LabelLink;
import app.gazette.shared.SiteFormats;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Articles, labels and authors as the API sends them: snake_case names, absolute URLs from the site's
 * base URL, dates in RFC 3339 (UTC, whole seconds), the featured picture with all its files.
 */
final class ArticleJson {

    static final Set<String> FIELDS = new LinkedHashSet<>(List.of(
            "id",
            "slug",
            "title",
            "url",
            "excerpt",
            "html",
            "plaintext",
            "published_at",
            "updated_at",
            "author",
            "labels",
            "featured",
            "featured_image"));

    /** The file feeds and previews name (at least this wide, else the master). */
    static final int IMAGE_WIDTH = 1200;

    private ArticleJson() {}

    static Map<String, Object> article(CatalogArticle article, Set<String> fields, String base) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String field : fields) {
            json.put(
                    field,
                    switch (field) {
                        case "id" -> article.id();
                        case "slug" -> article.slug();
                        case "title" -> article.title();
                        case "url" -> base + article.permalink();
                        case "excerpt" -> article.excerpt();
                        case "html" -> article.bodyHtml();
                        case "plaintext" -> PlainText.of(article.bodyHtml());
                        case "published_at" -> SiteFormats.iso(article.publishedAt());
                        case "updated_at" -> SiteFormats.iso(article.updatedAt());
                        case "author" -> author(article.authorUsername(), article.authorName(), base);
                        case "labels" ->
                            article.labels().stream()
                                    .map(name -> label(name, base))
                                    .toList();
                        case "featured" -> article.onFrontPage();
                        default -> article.featured() == null ? null : featured(article.featured(), base);
                    });
        }
        return json;
    }

    /** A JSON object of name, value pairs, in that order. */
    static Map<String, Object> object(Object... pairs) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            json.put((String) pairs[i], pairs[i + 1]);
        }
        return json;
    }

    static Map<String, Object> author(String username, String name, String base) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("username", username);
        json.put("name", name);
        json.put("url", base + FeedLink.authorPage(username));
        return json;
    }

    static Map<String, Object> label(String name, String base) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("url", base + LabelLink.of(name).url());
        return json;
    }

    private static Map<String, Object> featured(FeaturedView featured, String base) {
        MediaView picture = featured.picture();
        MediaSize shown = picture.atLeast(IMAGE_WIDTH);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", absolute(shown.url(), base));
        json.put("width", shown.width());
        json.put("height", shown.height());
        json.put("content_type", shown.contentType());
        json.put("alt", featured.alt());
        json.put("caption", featured.caption());
        json.put("credit", featured.credit());
        json.put("sizes", files(picture.sizes(), base));
        json.put("webp", files(picture.webp(), base));
        return json;
    }

    private static List<Map<String, Object>> files(List<MediaSize> files, String base) {
        return files.stream()
                .map(file -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("url", absolute(file.url(), base));
                    json.put("width", file.width());
                    json.put("height", file.height());
                    json.put("content_type", file.contentType());
                    json.put("bytes", file.bytes());
                    return json;
                })
                .toList();
    }

    /** Media URLs are this site's paths ({@code /media/…}), protocol-relative or already absolute (a CDN). */
    static String absolute(String url, String base) {
        if (url.startsWith("//")) {
            return URI.create(base).getScheme() + ":" + url;
        }
        return url.startsWith("/") ? base + url : url;
    }
}
