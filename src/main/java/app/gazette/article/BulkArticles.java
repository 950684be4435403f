package app.gazette.article;

import app.gazette.shared.Rows;
import app.gazette.shared.SiteFormats;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many articles at once (the import): each batch by JDBC, with free slugs, its labels in one
 * statement and the old addresses nobody else has. Runs in the caller's transaction; the caller
 * says when public content changed.
 */
@Service
public class BulkArticles {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final SlugPicker slugs;
    private final SiteFormats formats;

    BulkArticles(JdbcTemplate jdbc, SlugPicker slugs, SiteFormats formats) {
        this.jdbc = jdbc;
        this.slugs = slugs;
        this.formats = formats;
    }

    /** A writer for one run of batches: slugs and old addresses it wrote stay taken for its next batches. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Writer open() {
        return new Writer();
    }

    /**
     * One article: the slug is made free from {@code baseSlug}; no publishAt is a draft; old paths
     * are addresses on another site (see {@link OldLinks#normalize}); an excerpt (null: none) is
     * also the summary, as an editor's is; featuredAt (null: not featured) is the featured mark
     * {@link FrontPage} sets, for published entries only.
     */
    public record Entry(
            String baseSlug,
            String title,
            String excerpt,
            String summary,
            String markdown,
            String html,
            Instant publishAt,
            Instant createdAt,
            Instant updatedAt,
            long authorId,
            Collection<Long> labelIds,
            List<String> oldPaths,
            boolean commentsOpen,
            Instant featuredAt) {

        public Entry {
            if (featuredAt != null && publishAt == null) {
                throw new IllegalArgumentException("only a published article is featured");
            }
        }
    }

    /** Writes batches of articles; not for use by two threads. */
    public final class Writer {

        private final SlugPicker.Batch picker = slugs.batch();
        private final Set<String> pathsTaken = new HashSet<>();

        private Writer() {}

        /** Inserts the articles; their ids, in order. */
        public List<Long> insert(List<Entry> entries) {
            List<String> picked =
                    picker.pick(entries.stream().map(Entry::baseSlug).toList());
            List<Object[]> rows = new ArrayList<>(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                rows.add(row(entries.get(i), picked.get(i)));
            }
            List<Long> ids = Rows.insertReturningIds(
                    jdbc,
                    "INSERT INTO articles (slug, title, excerpt, summary, "
                            + "body_markdown, body_html, status, publish_at, publish_month, created_at, updated_at, version, "
                            + "author_id, comments_open, featured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                    rows);
            labelAndLink(entries, ids);
            return ids;
        }

        private Object[] row(Entry entry, String slug) {
            Instant at = entry.publishAt();
            return new Object[] {
                slug,
                entry.title(),
                Rows.nullable(Types.VARCHAR, entry.excerpt()),
                entry.excerpt() != null ? entry.excerpt() : entry.summary(),
                entry.markdown(),
                entry.html(),
                at == null ? "DRAFT" : "PUBLISHED",
                Rows.nullable(Types.TIMESTAMP_WITH_TIMEZONE, at),
                Rows.nullable(Types.INTEGER, at == null ? null : formats.monthOf(at)),
                entry.createdAt(),
                entry.updatedAt(),
                entry.authorId(),
                entry.commentsOpen(),
                Rows.nullable(Types.TIMESTAMP_WITH_TIMEZONE, entry.featuredAt())
            };
        }

        /** Labels of the batch in one statement (a chunk), then the old addresses nobody else has. */
        private void labelAndLink(List<Entry> entries, List<Long> ids) {
            List<Object> pairs = new ArrayList<>();
            List<Object[]> links = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                for (long label : entries.get(i).labelIds()) {
                    pairs.add(ids.get(i));
                    pairs.add(label);
                }
                for (String path : entries.get(i).oldPaths()) {
                    String key = OldLinks.normalize(path);
                    if (key != null && pathsTaken.add(key)) {
                        links.add(new Object[] {key, ids.get(i), key});
                    }
                }
            }
            for (int from = 0; from < pairs.size(); from += 2 * CHUNK) {
                List<Object> chunk = pairs.subList(from, Math.min(pairs.size(), from + 2 * CHUNK));
                jdbc.update(
                        "INSERT INTO article_labels (article_id, label_id) VALUES "
                                + String.join(", ", Collections.nCopies(chunk.size() / 2, "(?, ?)")),
                        chunk.toArray());
            }
            Rows.batch(
                    jdbc,
                    "INSERT INTO old_links (path, article_id) SELECT ?, ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM old_links WHERE path = ?)",
                    links);
        }
    }
}
