package app.gazette.backup;

import app.gazette.article.MarkdownRenderer;
import app.gazette.article.RenderedBody;
import app.gazette.label.LabelNames;
import app.gazette.media.store.MediaStore;
import app.gazette.support.Corpora;
import app.gazette.support.FakeMedia;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sites for backup tests, written straight into the tables so that every column takes odd values
 * the editor would still accept (odd text without the control characters the forms refuse; HTML and
 * summaries as the renderer makes them): first start (one admin, a welcome article) and a varied
 * site built on it.
 */
final class TestSite {

    static final String ADMIN = "admin";
    static final Instant T = Instant.parse("2019-02-09T10:15:30.123456Z");

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new FakeMedia.Library());

    private final JdbcTemplate jdbc;
    private final TestPictures pictures;

    TestSite(JdbcTemplate jdbc, MediaStore store) {
        this.jdbc = jdbc;
        this.pictures = new TestPictures(jdbc, store);
    }

    TestPictures pictures() {
        return pictures;
    }

    /** What first start leaves: the admin (this password hash), a labelled welcome article, settings. */
    void firstStart(String adminHash) {
        clear();
        jdbc.update(
                "INSERT INTO users (id, username, display_name, password_hash, role, enabled, created_at) "
                        + "VALUES (1, ?, ?, ?, 'ADMIN', TRUE, ?)",
                ADMIN,
                ADMIN,
                adminHash,
                at(0));
        jdbc.update("INSERT INTO labels (id, name, slug) VALUES (1, 'Gazette', 'gazette')");
        article(1, "welcome-to-gazette", "Welcome to Gazette", "Hello", "PUBLISHED", at(1), 1, null, true);
        jdbc.update("INSERT INTO article_labels (article_id, label_id) VALUES (1, 1)");
        jdbc.update(
                "INSERT INTO site_settings (id, site_title, tagline, page_size, date_header_pattern, "
                        + "moderation, close_comments_after_days, banned_words, version, updated_at) "
                        + "VALUES (1, 'Gazette', 'News as it happens', 10, 'EEEE d MMMM yyyy', 'FIRST_TIME', 0, '', 0, ?)",
                at(0));
    }

    /** Nothing left: tests that follow on the same PostgreSQL database expect empty tables. */
    void clear() {
        pictures.deleteFiles();
        for (String table : List.of(
                "media_usages",
                "media_files",
                "media",
                "imported_items",
                "old_links",
                "comments",
                "slug_aliases",
                "article_notes",
                "revisions",
                "article_labels",
                "articles",
                "labels",
                "users",
                "site_settings",
                "spring_session")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /**
     * A varied site: accounts of both roles (one disabled, one without email or password), labels,
     * articles in every state (drafts, published, scheduled, trashed) with revisions and old slugs,
     * a comment for every corpus entry, in every status, with replies and staff replies, and pictures
     * with their files ({@link TestPictures}).
     */
    void build(String adminHash) {
        build(adminHash, Integer.MAX_VALUE);
    }

    /** The same with at most this many comments. */
    void build(String adminHash, int maxComments) {
        firstStart(adminHash);
        user(2, "ed", "ed@example.org", "Ed \u00c9diteur \ud83d\udcf0", "hash-ed", "EDITOR", true);
        user(3, "gone", "gone@example.org", "Gone Away", "hash-gone", "EDITOR", false);
        user(4, "byline", null, "A Byline", null, "EDITOR", false);
        user(5, "deputy", "deputy@example.org", "\u0414\u0435\u043f\u0443\u0442\u0430\u0442", "hash-d", "ADMIN", true);
        List<String> inputs = corpus();
        Set<String> slugs = new HashSet<>(Set.of("gazette"));
        for (int i = 2; i <= 6; i++) {
            String name = LabelNames.clean(line(cut(inputs.get(i * 7), 100)));
            String slug = LabelNames.keyOf(name);
            if (slug.codePointCount(0, slug.length()) > 100 || !slugs.add(slug)) {
                name = "Label " + i;
                slug = LabelNames.keyOf(name);
            }
            jdbc.update("INSERT INTO labels (id, name, slug) VALUES (?, ?, ?)", i, name, slug);
        }
        String[] statuses = {"DRAFT", "PUBLISHED", "PUBLISHED", "TRASHED"};
        for (int i = 2; i <= 40; i++) {
            String status = statuses[i % 4];
            OffsetDateTime publish = status.equals("DRAFT") ? null : at(i % 8 == 2 ? 400 * 86400 : i * 3600);
            String body = lines(String.join("\n\n", inputs.subList(i * 30, i * 30 + 30)));
            article(
                    i,
                    "article-" + i + "-" + Math.abs(inputs.get(i).hashCode()),
                    line(cut(inputs.get(i), 300)),
                    body,
                    status,
                    publish,
                    1 + i % 5,
                    i % 3 == 0 ? null : (long) (1 + i % 2),
                    i % 6 != 0);
            for (int label = 1; label <= i % 4; label++) {
                jdbc.update("INSERT INTO article_labels (article_id, label_id) VALUES (?, ?)", i, 1 + (i + label) % 6);
            }
            jdbc.update(
                    "INSERT INTO revisions (article_id, title, excerpt, body_markdown, labels, author_id, "
                            + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    i,
                    line(cut(inputs.get(i + 1), 300)),
                    i % 2 == 0 ? null : lines(cut(inputs.get(i + 2), 1000)),
                    body,
                    line(cut(inputs.get(i + 3), 2000)),
                    2,
                    at(i));
            if (status.equals("PUBLISHED") && i % 3 != 0) {
                notes(i, inputs);
            }
            if (i % 5 == 0) {
                jdbc.update(
                        "INSERT INTO slug_aliases (slug, article_id, created_at) VALUES (?, ?, ?)",
                        "old-slug-" + i,
                        i,
                        at(i + 1));
            }
            if (i % 7 == 0) {
                jdbc.update(
                        "INSERT INTO old_links (path, article_id) VALUES (?, ?), (?, ?)",
                        "/2018/0" + (i % 9 + 1) + "/" + i + "-" + cut(inputs.get(i), 100) + ".html",
                        i,
                        "/?p=" + i,
                        i);
                jdbc.update(
                        "INSERT INTO imported_items (format, kind, source_key, article_id) VALUES (?, 'POST', ?, ?)",
                        i % 2 == 0 ? "BLOGGER" : "WORDPRESS",
                        "tag:blogger.com,1999:blog-7.post-" + i,
                        i);
            }
        }
        comments(inputs.subList(0, Math.min(maxComments, inputs.size())));
        pictures.add();
        jdbc.update(
                "UPDATE site_settings SET site_title = ?, tagline = ?, page_size = 7, date_header_pattern = "
                        + "'d.M.yyyy', moderation = 'ALL', close_comments_after_days = 30, banned_words = ?, version = 4, "
                        + "logo_media_id = 42, sections = ?, updated_at = ?",
                line(cut(inputs.get(40), 100)),
                line(cut(inputs.get(41), 200)),
                "cheap pills\ncasino\n" + lines(cut(inputs.get(42), 1000)),
                "Gazette\n" + line(cut(inputs.get(43), 100)),
                at(99));
    }

    /** A correction and (on some) an update, with the article's newest note's time, lead and featured marks. */
    private void notes(int article, List<String> inputs) {
        String insert =
                "INSERT INTO article_notes (article_id, kind, note, created_at, created_by) VALUES (?, ?, ?, ?, ?)";
        jdbc.update(insert, article, "CORRECTION", lines(cut(inputs.get(article + 5), 500)), at(article + 10), 2);
        if (article % 2 == 0) {
            jdbc.update(insert, article, "UPDATE", lines(cut(inputs.get(article + 6), 500)), at(article + 20), 5);
        }
        jdbc.update(
                "UPDATE articles SET noted_at = ?, lead_since = ?, lead_until = ?, featured_at = ? WHERE id = ?",
                at(article + (article % 2 == 0 ? 20 : 10)),
                article == 5 ? at(30) : null,
                article == 5 ? at(400 * 86400) : null,
                article % 4 == 1 ? at(article + 30) : null,
                article);
    }

    /** One comment per corpus entry; every third replies to the one before, or (once) to a later one. */
    private void comments(List<String> inputs) {
        String[] statuses = {"PENDING", "APPROVED", "SPAM"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            long id = i + 1;
            Long parent = i % 3 == 2 ? id - 1 : null;
            boolean staff = i % 9 == 8;
            rows.add(new Object[] {
                id,
                2 + i % 39,
                parent,
                line(cut(inputs.get(i), 100)),
                i % 4 == 0 ? null : "reader" + i + "@example.org",
                lines(cut(inputs.get(i), 10000)),
                statuses[i % 3],
                staff,
                at(i * 60),
                i % 5 == 0 ? null : "2001:db8::" + i,
                i % 5 == 0 ? null : line(cut("Mozilla/5.0 " + inputs.get(i), 500)),
                staff ? 2L : null
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO comments (id, article_id, parent_id, author_name, author_email, body, status, "
                        + "staff, created_at, ip, user_agent, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        // a reply that comes before the comment it answers
        jdbc.update("UPDATE comments SET parent_id = ? WHERE id = 1", inputs.size());
        jdbc.batchUpdate(
                "INSERT INTO imported_items (format, kind, source_key, comment_id) VALUES "
                        + "('WORDPRESS', 'COMMENT', ?, ?)",
                rows.stream()
                        .filter(row -> (long) row[0] % 4 == 1)
                        .map(row -> new Object[] {
                            "comment-" + row[0] + "-" + cut(inputs.get((int) (long) row[0] - 1), 400), row[0]
                        })
                        .toList());
    }

    private void user(long id, String username, String email, String name, String hash, String role, boolean enabled) {
        jdbc.update(
                "INSERT INTO users (id, username, email, display_name, password_hash, role, enabled, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                username,
                email,
                name,
                hash,
                role,
                enabled,
                at(id));
    }

    private void article(
            long id,
            String slug,
            String title,
            String body,
            String status,
            OffsetDateTime publishAt,
            long author,
            Long updatedBy,
            boolean commentsOpen) {
        RenderedBody rendered = RENDERER.render(body);
        String excerpt = id % 2 == 0 ? null : cut(body, 1000);
        jdbc.update(
                "INSERT INTO articles (id, slug, title, excerpt, summary, body_markdown, body_html, status, "
                        + "publish_at, publish_month, created_at, updated_at, version, author_id, updated_by, comments_open) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                slug,
                title,
                excerpt,
                excerpt != null && !excerpt.isBlank() ? excerpt : rendered.firstParagraph(),
                body,
                rendered.html(),
                status,
                publishAt,
                publishAt == null ? null : 201902,
                at(id),
                at(id + 1),
                id * 3,
                author,
                updatedBy,
                commentsOpen);
    }

    /** Corpus entries a database can store (PostgreSQL refuses NUL), each at most 2,000 characters. */
    static List<String> corpus() {
        List<String> all = new ArrayList<>();
        Corpora.files()
                .forEach(file -> Corpora.entries(file).stream()
                        .filter(entry -> !entry.isEmpty() && entry.indexOf('\u0000') < 0)
                        .map(entry -> cut(entry, 2000))
                        .forEach(all::add));
        return all;
    }

    /** One line as the forms take it: control characters become spaces; never blank. */
    static String line(String text) {
        return filled(text.replaceAll("\\p{Cntrl}", " "));
    }

    /** Several lines as the forms take them: control characters but tabs and line breaks become spaces. */
    static String lines(String text) {
        return filled(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", " "));
    }

    private static String filled(String text) {
        return text.isBlank() ? "blank" : text;
    }

    /** At most this many chars (H2 counts chars, PostgreSQL code points), no surrogate pair split. */
    static String cut(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(chars - 1)) ? chars - 1 : chars;
        return text.substring(0, end);
    }

    static OffsetDateTime at(long seconds) {
        return T.plusSeconds(seconds).atOffset(ZoneOffset.UTC);
    }
}
