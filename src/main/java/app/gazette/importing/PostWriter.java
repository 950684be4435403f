package app.gazette.importing;

import app.gazette.article.BulkArticles;
import app.gazette.article.MarkdownRenderer;
import app.gazette.article.RenderedBody;
import app.gazette.article.Slugs;
import app.gazette.importing.ImportedItems.Kind;
import app.gazette.label.BulkLabels;
import app.gazette.shared.Rows;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriUtils;

/**
 * Turns imported posts into articles a batch at a time, inside the import's transaction: skips
 * posts imported before, renders each body once, finds their authors and labels, then has the
 * articles written (with free slugs, labels and old addresses) and records what they came from.
 */
final class PostWriter {

    static final int BATCH = 500;
    /** A batch is written once its posts hold this many characters of HTML, however few they are. */
    static final long BATCH_CHARS = 8_000_000;
    /** More labels on one post than anyone writes: the rest of a hostile list is left out. */
    static final int MAX_LABELS_PER_POST = 100;

    private static final int MAX_TITLE = 300;
    private static final int MAX_EXCERPT = 1000;

    private final ImportContext context;
    private final ImportedItems items;
    private final Authors authors;
    private final BulkLabels.Resolver labels;
    private final BulkArticles.Writer articles;
    private final List<ImportedPost> batch = new ArrayList<>(BATCH);
    private final Set<String> keysSeen = new HashSet<>();
    private long batchChars;

    PostWriter(
            JdbcTemplate jdbc,
            ImportContext context,
            Authors authors,
            BulkLabels.Resolver labels,
            BulkArticles.Writer articles) {
        this.context = context;
        this.items = new ImportedItems(jdbc, context.format());
        this.authors = authors;
        this.labels = labels;
        this.articles = articles;
    }

    void add(ImportedPost post) {
        batch.add(post);
        batchChars += post.html() == null ? 0 : post.html().length();
        if (batch.size() >= BATCH || batchChars >= BATCH_CHARS) {
            flush();
        }
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, ImportedPost> fresh = new LinkedHashMap<>();
        Map<String, Long> known = items.find(
                Kind.POST,
                batch.stream().map(p -> ImportedItems.key(p.sourceKey())).toList());
        for (ImportedPost post : batch) {
            String key = ImportedItems.key(post.sourceKey());
            boolean before = known.containsKey(key);
            boolean create = !before && keysSeen.add(key);
            if (create) {
                fresh.put(key, post);
            }
            context.tally().postRead(post, create, !before && !create);
        }
        batch.clear();
        batchChars = 0;
        // converting and rendering is most of an import's work, and each post's is its own
        List<Prepared> posts =
                fresh.values().parallelStream().map(this::prepare).toList();
        authors.load(fresh.values().stream().map(ImportedPost::author).toList());
        List<BulkArticles.Entry> entries = new ArrayList<>(posts.size());
        for (Prepared post : posts) {
            entries.add(entry(post));
        }
        List<Long> ids = articles.insert(entries);
        items.add(Kind.POST, new ArrayList<>(fresh.keySet()), ids);
        context.progress();
    }
    /** Renders the body once; the title falls back to its first words, the slug to the title. */
    private Prepared prepare(ImportedPost post) {
        String markdown = Conversion.articleMarkdown(post.html() == null ? "" : post.html(), context.format());
        if (markdown.length() > MarkdownRenderer.MAX_MARKDOWN) {
            throw new ImportRefused("import.error.bodyTooLong", post.line(), MarkdownRenderer.MAX_MARKDOWN);
        }
        RenderedBody body = context.renderer().render(markdown);
        String title = post.title() == null || post.title().isBlank()
                ? body.firstParagraph()
                : post.title().strip();
        String slug = post.slug() == null || post.slug().isBlank()
                ? "article"
                : Slugs.slugify(decoded(post.slug().replaceAll("\\.html?$", "")));
        if (slug.equals("article")) {
            slug = Slugs.slugify(title);
        }
        String excerpt = post.excerpt() == null
                ? ""
                : Conversion.commentText(post.excerpt(), context.format())
                        .replaceAll("\\s+", " ")
                        .strip();
        return new Prepared(
                post,
                markdown,
                body,
                Rows.cut(title.isBlank() ? slug : title, MAX_TITLE),
                slug,
                excerpt.isEmpty() ? null : Rows.cut(excerpt, MAX_EXCERPT));
    }

    private BulkArticles.Entry entry(Prepared prepared) {
        ImportedPost post = prepared.post();
        RenderedBody body = prepared.body();
        boolean published =
                post.state() == ImportedPost.State.PUBLISHED || post.state() == ImportedPost.State.SCHEDULED;
        Instant now = context.now();
        Instant publishAt = !published
                ? null
                : post.published() != null ? post.published() : post.updated() != null ? post.updated() : now;
        Instant created = first(post.published(), post.updated(), now);
        Instant updated = first(post.updated(), post.published(), now);
        List<String> paths = new ArrayList<>(post.oldPaths());
        if (post.wordpressId() != null) {
            paths.add("/?p=" + post.wordpressId());
        }
        return new BulkArticles.Entry(
                prepared.baseSlug(),
                prepared.title(),
                prepared.excerpt(),
                Rows.cut(body.firstParagraph(), 1000),
                prepared.markdown(),
                body.html(),
                publishAt,
                created,
                updated.isBefore(created) ? created : updated,
                authors.idOf(post.author()),
                labels.idsOf(post.labels(), MAX_LABELS_PER_POST),
                paths,
                !post.commentsClosed(),
                post.sticky() && published ? publishAt : null);
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

    private record Prepared(
            ImportedPost post, String markdown, RenderedBody body, String title, String baseSlug, String excerpt) {}
}
