package app.gazette.syndication;

import app.gazette.article.ArticleView;
import app.gazette.article.FeaturedView;
import app.gazette.media.MediaSize;
import app.gazette.shared.LabelLink;
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

    public PageMeta article(ArticleView article, String base, String siteName) {
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
        ld.put("publisher", Map.of("@type", "Organization", "name", siteName, "url", base + "/"));
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
                image);
    }

    /** The featured picture's file at least 1200 px wide (else its master), as an absolute URL. */
    static PageMeta.Image image(FeaturedView featured, String base) {
        if (featured == null) {
            return null;
        }
        MediaSize size = featured.picture().atLeast(LARGE_IMAGE);
        String url = size.url().startsWith("/") ? base + size.url() : size.url();
        return new PageMeta.Image(url, size.width(), size.height(), featured.alt());
    }

    /** A list page; the home page also declares the site and its search. */
    public PageMeta list(String title, String description, String base, String path, boolean home, String siteName) {
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
            jsonLd = json(ld);
        }
        return new PageMeta(
                siteName, "website", title, description(description), base + path, null, null, List.of(), jsonLd, null);
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
