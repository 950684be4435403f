package app.gazette.importing;

import app.gazette.article.MarkdownRenderer;
import app.gazette.article.OldLinks;
import app.gazette.article.RenderedBody;
import app.gazette.article.Slugs;
import app.gazette.importing.ImportedItems.Kind;
import app.gazette.shared.SiteFormats;
import app.gazette.shared.Rows;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriUtils;

/**
 * Turns imported posts into articles a batch at a time, inside the import's transaction: skips
 * posts imported before, renders each body once, picks free slugs, then inserts the articles, their
 * labels (one statement per batch), their old addresses and what they were imported from.
 */
final class PostWriter {

    static final int BATCH = 500;
    private static final int MAX_TITLE = 300;

    private final JdbcTemplate jdbc;
    private final ImportContext context;
    private final ImportedItems items;
    private final Authors authors;
    private final LabelIds labels;
    private final List<ImportedPost> batch = new ArrayList<>(BATCH);
    private final Set<String> keysSeen = new HashSet<>();
    private final Set<String> slugsTaken = new HashSet<>();
    private final Set<String> pathsTaken = new HashSet<>();

    PostWriter(JdbcTemplate jdbc, ImportContext context, Authors authors) {
        this.jdbc = jdbc;
        this.context = context;
        this.items = new ImportedItems(jdbc, context.format());
        this.authors = authors;
        this.labels = new LabelIds(jdbc);
    }

    void add(ImportedPost post) {
        batch.add(post);
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, ImportedPost> fresh = new LinkedHashMap<>();
        Map<String, Long> known = items.find(Kind.POST, batch.stream().map(p -> ImportedItems.key(p.sourceKey())).toList());
        for (ImportedPost post : batch) {
            String key = ImportedItems.key(post.sourceKey());
            boolean create = !known.containsKey(key) && keysSeen.add(key);
            if (create) {
                fresh.put(key, post);
            }
            context.tally().postRead(create, post.state() == ImportedPost.State.PRIVATE);
        }
        batch.clear();
        // converting and rendering is most of an import's work, and each post's is its own
        List<Prepared> posts = fresh.values().parallelStream().map(this::prepare).toList();
        List<String> slugs = slugs(posts.stream().map(Prepared::baseSlug).toList());
        List<Object[]> rows = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            rows.add(row(posts.get(i), slugs.get(i)));
        }
        List<Long> ids = Rows.insertReturningIds(jdbc, "INSERT INTO articles (slug, title, excerpt, summary, "
                + "body_markdown, body_html, status, publish_at, publish_month, created_at, updated_at, version, "
                + "author_id, comments_open) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, TRUE)", rows);
        labelAndLink(posts, ids);
        items.add(Kind.POST, new ArrayList<>(fresh.keySet()), ids);
        context.progress();
    }

    /** Renders the body once; the title falls back to its first words, the slug to the title. */
    private Prepared prepare(ImportedPost post) {
        String markdown = Conversion.articleMarkdown(post.html() == null ? "" : post.html(), context.format());
        RenderedBody body = context.renderer().render(markdown);
        String title = post.title() == null || post.title().isBlank() ? body.firstParagraph() : post.title().strip();
        String slug = post.slug() == null || post.slug().isBlank() ? "article"
                : Slugs.slugify(decoded(post.slug().replaceAll("\\.html?$", "")));
        if (slug.equals("article")) {
            slug = Slugs.slugify(title);
        }
        return new Prepared(post, markdown, body, Rows.cut(title.isBlank() ? slug : title, MAX_TITLE), slug);
    }

    private Object[] row(Prepared prepared, String slug) {
        ImportedPost post = prepared.post();
        RenderedBody body = prepared.body();
        String markdown = prepared.markdown();
        String title = prepared.title();
        boolean published = post.state() == ImportedPost.State.PUBLISHED || post.state() == ImportedPost.State.SCHEDULED;
        Instant now = context.now();
        Instant publishAt = !published ? null : post.published() != null ? post.published()
                : post.updated() != null ? post.updated() : now;
        Instant created = first(post.published(), post.updated(), now);
        Instant updated = first(post.updated(), post.published(), now);
        return new Object[] {slug, title, Rows.cut(body.firstParagraph(), 1000), markdown, body.html(),
                publishAt == null ? "DRAFT" : "PUBLISHED", Rows.nullable(Types.TIMESTAMP_WITH_TIMEZONE, publishAt),
                Rows.nullable(Types.INTEGER, publishAt == null ? null : context.formats().monthOf(publishAt)),
                created, updated.isBefore(created) ? created : updated, authors.idOf(post.author())};
    }

    /** Labels of the batch in one statement, then the old addresses nobody else has. */
    private void labelAndLink(List<Prepared> posts, List<Long> ids) {
        List<Object> pairs = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            ImportedPost post = posts.get(i).post();
            for (long label : labels.idsOf(post.labels())) {
                pairs.add(ids.get(i));
                pairs.add(label);
            }
            List<String> paths = new ArrayList<>(post.oldPaths());
            if (post.wordpressId() != null) {
                paths.add("/?p=" + post.wordpressId());
            }
            for (String path : paths) {
                String key = OldLinks.normalize(path);
                if (key != null && pathsTaken.add(key)) {
                    links.add(new Object[] {key, ids.get(i), key});
                }
            }
        }
        for (int from = 0; from < pairs.size(); from += 2 * BATCH) {
            List<Object> chunk = pairs.subList(from, Math.min(pairs.size(), from + 2 * BATCH));
            jdbc.update("INSERT INTO article_labels (article_id, label_id) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size() / 2, "(?, ?)")), chunk.toArray());
        }
        Rows.batch(jdbc, "INSERT INTO old_links (path, article_id) SELECT ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM old_links WHERE path = ?)", links);
    }

    /** A free slug for each post: the old site's where it has one, else from the title. */
    private List<String> slugs(List<String> bases) {
        Set<String> existing = new HashSet<>();
        List<String> distinct = bases.stream().distinct().toList();
        if (!distinct.isEmpty()) {
            existing.addAll(jdbc.queryForList("SELECT slug FROM articles WHERE slug IN (" + Rows.marks(distinct)
                    + ")", String.class, distinct.toArray()));
        }
        List<String> slugs = new ArrayList<>(bases.size());
        for (String base : bases) {
            String slug = base;
            for (int n = 2; existing.contains(slug) || slugsTaken.contains(slug) || n > 2 && exists(slug); n++) {
                slug = base + "-" + n;
            }
            slugsTaken.add(slug);
            slugs.add(slug);
        }
        return slugs;
    }

    private boolean exists(String slug) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM articles WHERE slug = ?", Long.class, slug) > 0;
    }

    private static String decoded(String text) {
        try {
            return UriUtils.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static Instant first(Instant... times) {
        for (Instant time : times) {
            if (time != null) {
                return time;
            }
        }
        throw new IllegalArgumentException();
    }

    private record Prepared(ImportedPost post, String markdown, RenderedBody body, String title, String baseSlug) {
    }
}
