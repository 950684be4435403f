package app.gazette.syndication;

import app.gazette.article.ArticleView;
import app.gazette.article.FeaturedView;
import app.gazette.media.MediaSize;
import app.gazette.shared.LabelLink;
import app.gazette.site.SiteLogo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds page metadata for article pages and article lists. */
@Component
public class PageMetaBuilder {

    static final int DESCRIPTION_LENGTH = 160;
    /** Google asks for article images at least 1200 px wide; so do large link previews. */
    static final int LARGE_IMAGE = 1200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An article page; {@code logo} (null: none) becomes the publisher's logo. */
    public PageMeta article(ArticleView article, String base, String siteName, SiteLogo logo) {
        String url = base + article.permalink();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("headline", article.title());
        ld.put("description", description(article.summary()));
        ld.put("datePublished", article.isoTime());
        ld.put("dateModified", article.updatedIso());
        ld.put("mainEntityOfPage", url);
        ld.put(
                "author",
                Map.of(
                        "@type",
                        "Person",
                        "name",
                        article.authorName(),
                        "url",
                        base + "/author/" + article.authorUsername()));
        ld.put("publisher", publisher(siteName, base, logo));
        ld.put("keywords", article.labels().stream().map(LabelLink::name).toList());
        PageMeta.Image image = image(article.featured(), base);
        if (image != null) {
            ld.put("image", List.of(image.url()));
        }
        return new PageMeta(
                siteName,
                "article",
                article.title(),
                description(article.summary()),
                url,
                article.isoTime(),
                article.updatedIso(),
                article.labels().stream().map(LabelLink::name).toList(),
                json(ld),
                image,
                json(breadcrumbs(article, base, siteName)));
    }

    /** Home › the article's first label (as the page lists them) › the article, with absolute URLs. */
    static Map<String, Object> breadcrumbs(ArticleView article, String base, String siteName) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(crumb(1, siteName, base + "/"));
        if (!article.labels().isEmpty()) {
            LabelLink label = article.labels().get(0);
            items.add(crumb(2, label.name(), base + label.url()));
        }
        items.add(crumb(items.size() + 1, article.title(), base + article.permalink()));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "BreadcrumbList");
        ld.put("itemListElement", items);
        return ld;
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }

    /** The featured picture's file at least 1200 px wide (else its master), as an absolute URL. */
    static PageMeta.Image image(FeaturedView featured, String base) {
        if (featured == null) {
            return null;
        }
        MediaSize size = featured.picture().atLeast(LARGE_IMAGE);
        return new PageMeta.Image(absolute(size.url(), base), size.width(), size.height(), featured.alt());
    }

    /** A media URL as the site gives it (a path, or a CDN's absolute URL) made absolute. */
    private static String absolute(String url, String base) {
        return url.startsWith("/") ? base + url : url;
    }

    /** A list page; the home page also declares the site, its search and (when set) its publisher's logo. */
    public PageMeta list(
            String title, String description, String base, String path, boolean home, String siteName, SiteLogo logo) {
        String jsonLd = null;
        if (home) {
            Map<String, Object> ld = new LinkedHashMap<>();
            ld.put("@context", "https://schema.org");
            ld.put("@type", "WebSite");
            ld.put("name", siteName);
            ld.put("url", base + "/");
            ld.put(
                    "potentialAction",
                    Map.of(
                            "@type",
                            "SearchAction",
                            "target",
                            base + "/search?q={search_term_string}",
                            "query-input",
                            "required name=search_term_string"));
            if (logo != null) {
                ld.put("publisher", publisher(siteName, base, logo));
            }
            jsonLd = json(ld);
        }
        return new PageMeta(
                siteName,
                "website",
                title,
                description(description),
                base + path,
                null,
                null,
                List.of(),
                jsonLd,
                null,
                null);
    }

    /** The site as an Organization, with its logo as an ImageObject (absolute URL and size) when set. */
    static Map<String, Object> publisher(String siteName, String base, SiteLogo logo) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", siteName);
        organization.put("url", base + "/");
        if (logo != null) {
            SiteLogo.Image image = logo.publisher();
            organization.put(
                    "logo",
                    Map.of(
                            "@type",
                            "ImageObject",
                            "url",
                            absolute(image.url(), base),
                            "width",
                            image.width(),
                            "height",
                            image.height()));
        }
        return organization;
    }

    static String description(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= DESCRIPTION_LENGTH) {
            return flat;
        }
        String cut = flat.substring(0, DESCRIPTION_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        return (space > DESCRIPTION_LENGTH / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }

    /** JSON that cannot end its script block: <, > and & written as unicode escapes. */
    static String json(Map<String, Object> value) {
        return JSON.writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
