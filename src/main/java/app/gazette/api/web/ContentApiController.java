package app.gazette.api.web;

import app.gazette.article.ArticleCatalog;
import app.gazette.article.ArticleService;
import app.gazette.article.CatalogArticle;
import app.gazette.article.CatalogPage;
import app.gazette.article.CatalogQuery;
import app.gazette.shared.SiteFormats;
import app.gazette.site.SettingsService;
import app.gazette.site.SiteAddress;
import app.gazette.site.SiteLogos;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only Content API (its contract: resources/api/openapi.json). Only visible articles, and
 * only what readers see. The key, the rate limit and CORS are {@link ApiGate}'s; ETags and 304 the
 * page-caching filter's, as for reader pages.
 */
@RestController
@RequestMapping("/api/v1")
class ContentApiController {

    private static final Resource DOCUMENT = new ClassPathResource("api/openapi.json");

    private final ArticleCatalog catalog;
    private final ArticleService articles;
    private final SettingsService settings;
    private final SiteLogos logos;
    private final SiteAddress address;
    private final SiteFormats formats;

    ContentApiController(
            ArticleCatalog catalog,
            ArticleService articles,
            SettingsService settings,
            SiteLogos logos,
            SiteAddress address,
            SiteFormats formats) {
        this.catalog = catalog;
        this.articles = articles;
        this.settings = settings;
        this.logos = logos;
        this.address = address;
        this.formats = formats;
    }

    @GetMapping("/articles")
    Map<String, Object> articles(@RequestParam Map<String, String> parameters) {
        CatalogQuery query = ArticleParameters.query(parameters, formats.zone());
        Set<String> fields = ArticleParameters.fields(parameters.get("fields"));
        CatalogPage page = catalog.page(query);
        String base = address.base();
        long pages = (page.total() + query.limit() - 1) / query.limit();
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("page", query.page());
        pagination.put("limit", query.limit());
        pagination.put("pages", pages);
        pagination.put("total", page.total());
        pagination.put("next", query.page() < pages ? query.page() + 1 : null);
        pagination.put("prev", query.page() > 1 ? Math.min(query.page() - 1, Math.max(pages, 1)) : null);
        return ArticleJson.object(
                "articles",
                page.articles().stream()
                        .map(article -> ArticleJson.article(article, fields, base))
                        .toList(),
                "meta",
                ArticleJson.object("pagination", pagination));
    }

    @GetMapping("/articles/{id:[0-9]+}")
    Map<String, Object> article(@PathVariable long id, @RequestParam(required = false) String fields) {
        return one(catalog.find(id).orElseThrow(ContentApiController::noArticle), fields);
    }

    @GetMapping("/articles/slug/{slug}")
    Map<String, Object> articleBySlug(@PathVariable String slug, @RequestParam(required = false) String fields) {
        return one(catalog.findBySlug(slug).orElseThrow(ContentApiController::noArticle), fields);
    }

    /** Labels on visible articles, with their counts (labels only drafts carry are left out). */
    @GetMapping("/labels")
    Map<String, Object> labels() {
        String base = address.base();
        return ArticleJson.object(
                "labels",
                articles.labelCounts().stream()
                        .map(label -> {
                            Map<String, Object> json = ArticleJson.label(label.name(), base);
                            json.put("count", ArticleJson.object("articles", label.count()));
                            return json;
                        })
                        .toList());
    }

    /** Authors of visible articles, with their counts; never an email or a role. */
    @GetMapping("/authors")
    Map<String, Object> authors() {
        String base = address.base();
        return ArticleJson.object(
                "authors",
                catalog.authors().stream()
                        .map(author -> {
                            Map<String, Object> json =
                                    ArticleJson.author(author.username(), author.displayName(), base);
                            json.put("count", ArticleJson.object("articles", author.articles()));
                            return json;
                        })
                        .toList());
    }

    /** The settings any reader sees on the site; none that concern moderation or spam. */
    @GetMapping("/settings")
    Map<String, Object> settings() {
        String base = address.base();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", settings.current().siteTitle());
        json.put("description", settings.current().tagline());
        json.put("url", base + "/");
        json.put("locale", formats.locale().toLanguageTag());
        json.put("timezone", formats.zone().getId());
        json.put(
                "logo",
                logos.current()
                        .map(logo -> ArticleJson.absolute(logo.shown().url(), base))
                        .orElse(null));
        json.put("feed", base + "/feeds/posts/default");
        return ArticleJson.object("settings", json);
    }

    /** The OpenAPI 3.1 document: no key needed, and the same for everyone. */
    @GetMapping(value = "/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Resource> document() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache().cachePublic())
                .body(DOCUMENT);
    }

    /** Any other path under /api/ (with a valid key): the API's 404. */
    @GetMapping("/**")
    Map<String, Object> unknown() {
        throw new ApiProblem(404, "api.error.404");
    }

    private Map<String, Object> one(CatalogArticle article, String fields) {
        return ArticleJson.object(
                "articles", List.of(ArticleJson.article(article, ArticleParameters.fields(fields), address.base())));
    }

    private static ApiProblem noArticle() {
        return new ApiProblem(404, "api.error.article.notFound");
    }
}
