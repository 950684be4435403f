package app.gazette.webhook;

import app.gazette.article.ArticleFacts;
import app.gazette.article.ArticleFacts.Facts;
import app.gazette.comment.CommentApproved;
import app.gazette.site.SiteAddress;
import app.gazette.site.SiteChanged;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON bodies deliveries carry: {@code {"event", "created_at", "data": {...}}} with absolute
 * URLs and RFC 3339 times (README "Webhooks" lists them).
 */
@Component
class WebhookPayloads {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ArticleFacts articles;
    private final SiteAddress site;

    WebhookPayloads(ArticleFacts articles, SiteAddress site) {
        this.articles = articles;
        this.site = site;
    }

    /** An article event; a deleted article is described by what the event carried. */
    String article(WebhookEvent event, long id, String slug, String title, Instant at) {
        Map<String, Object> article = articles.find(id).map(this::article).orElseGet(() -> {
            Map<String, Object> gone = new LinkedHashMap<>();
            gone.put("id", id);
            gone.put("title", title);
            gone.put("slug", slug);
            return gone;
        });
        return body(event, at, Map.of("article", article));
    }

    String comment(CommentApproved comment, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", comment.id());
        data.put("author_name", comment.authorName());
        data.put("body", comment.body());
        data.put("created_at", comment.createdAt().toString());
        data.put(
                "article", articles.find(comment.articleId()).map(this::article).orElse(null));
        return body(WebhookEvent.COMMENT_APPROVED, at, Map.of("comment", data));
    }

    String site(SiteChanged changed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", changed.title());
        data.put("tagline", changed.tagline());
        data.put("url", site.base() + "/");
        return body(WebhookEvent.SITE_CHANGED, changed.at(), Map.of("site", data));
    }

    String ping(long hookId, Instant at) {
        return body(WebhookEvent.PING, at, Map.of("webhook", Map.of("id", hookId)));
    }

    private Map<String, Object> article(Facts facts) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", facts.id());
        data.put("title", facts.title());
        data.put("slug", facts.slug());
        data.put("url", facts.permalink() == null ? null : site.base() + facts.permalink());
        data.put("excerpt", facts.summary());
        data.put("author", facts.authorName());
        data.put("labels", facts.labels());
        data.put(
                "published_at",
                facts.publishedAt() == null ? null : facts.publishedAt().toString());
        data.put("updated_at", facts.updatedAt().toString());
        return data;
    }

    private static String body(WebhookEvent event, Instant at, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event.wireName());
        body.put("created_at", at.toString());
        body.put("data", data);
        return JSON.writeValueAsString(body);
    }
}
