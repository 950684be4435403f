package app.gazette.demo;

import app.gazette.article.MarkdownRenderer;
import app.gazette.article.RenderedBody;
import app.gazette.label.LabelService;
import app.gazette.pagecache.PublicContentChanged;
import app.gazette.shared.SiteFormats;
import app.gazette.user.UserService;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's bulk path: with gazette.seed.articles=N (0, the default, does nothing) a site
 * holding only the welcome article gets N articles of {@link SeedData} by JDBC batch inserts, a
 * chunk per transaction, each body rendered once. Bumps the content version at the end.
 */
@Component
@Order(2)
class BulkSeeder implements ApplicationRunner {

    static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(BulkSeeder.class);
    private static final String[][] AUTHORS = {
        {"mara.quist", "Mara Quist"},
        {"owen.hale", "Owen Hale"},
        {"lena.brook", "Lena Brook"},
        {"rafael.dias", "Rafael Dias"},
        {"yuki.mori", "Yuki Mori"}
    };
    private static final String COMMENT = "INSERT INTO comments (id, article_id, author_name, author_email, body,"
            + " status, staff, created_at, ip, user_agent) VALUES (?, ?, ?, ?, ?, 'APPROVED', FALSE, ?, ?, 'bench')";

    private final int size;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final MarkdownRenderer renderer;
    private final LabelService labels;
    private final UserService users;
    private final SiteFormats formats;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BulkSeeder(
            @Value("${gazette.seed.articles:0}") int size,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            MarkdownRenderer renderer,
            LabelService labels,
            UserService users,
            SiteFormats formats,
            ApplicationEventPublisher events,
            Clock clock) {
        this.size = size;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.renderer = renderer;
        this.labels = labels;
        this.users = users;
        this.formats = formats;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (size <= 0) {
            return;
        }
        if (count("articles") > 1) {
            log.info("Seed: the database already holds articles; nothing added");
            return;
        }
        long started = System.nanoTime();
        List<Long> authors = new ArrayList<>();
        for (String[] author : AUTHORS) {
            authors.add(users.findOrCreateAuthor(author[0], author[1]));
        }
        Map<String, Long> labelIds = transaction.execute(status -> labels.resolveIds(SeedData.LABELS));
        boolean postgres = jdbc.execute(
                        (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName())
                .toLowerCase()
                .contains("postgres");
        Ids ids = new Ids(next("articles"), next("comments"));
        SeedData data = new SeedData(42);
        long comments = 0;
        String hot = null;
        for (int from = 0; from < size; from += CHUNK) {
            List<SeedData.Post> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(size, from + CHUNK); i++) {
                chunk.add(data.post(i));
            }
            List<RenderedBody> bodies = chunk.parallelStream()
                    .map(post -> renderer.render(post.markdown()))
                    .toList();
            comments += transaction.execute(status -> write(chunk, bodies, authors, labelIds, ids, postgres));
            if (from <= SeedData.HOT && SeedData.HOT < from + CHUNK && SeedData.HOT < size) {
                SeedData.Post post = chunk.get(SeedData.HOT - from);
                hot = "/" + formats.monthOf(post.publishAt()) / 100 + "/"
                        + String.format("%02d", formats.monthOf(post.publishAt()) % 100) + "/" + post.slug();
            }
        }
        for (String table : List.of("articles", "comments")) {
            jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next(table));
        }
        transaction.executeWithoutResult(status -> events.publishEvent(new PublicContentChanged("seed")));
        log.info(
                "Seed: {} articles and {} comments in {} s; most commented: {}",
                size,
                comments,
                (System.nanoTime() - started) / 1_000_000_000,
                hot);
    }

    private long write(
            List<SeedData.Post> chunk,
            List<RenderedBody> bodies,
            List<Long> authors,
            Map<String, Long> labelIds,
            Ids ids,
            boolean postgres) {
        Instant now = clock.instant();
        List<Object[]> articleRows = new ArrayList<>();
        List<Object[]> labelRows = new ArrayList<>();
        List<Object[]> commentRows = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            SeedData.Post post = chunk.get(i);
            long id = ids.article + post.index();
            OffsetDateTime at = utc(post.publishAt());
            List<Object> row = new ArrayList<>(List.of(
                    id,
                    post.slug(),
                    post.title(),
                    bodies.get(i).firstParagraph(),
                    post.markdown(),
                    bodies.get(i).html(),
                    at,
                    formats.monthOf(post.publishAt()),
                    at,
                    at,
                    authors.get(post.index() % authors.size())));
            if (postgres) {
                row.add(post.labels().stream().sorted().collect(Collectors.joining(" ")));
            }
            articleRows.add(row.toArray());
            post.labels().forEach(label -> labelRows.add(new Object[] {id, labelIds.get(label)}));
            for (SeedData.Reply reply : post.comments()) {
                Instant when = reply.at().isAfter(now) ? now : reply.at();
                commentRows.add(new Object[] {
                    ids.comment++, id, reply.name(), reply.email(), reply.body(), utc(when), reply.ip()
                });
            }
        }
        String articleSql = "INSERT INTO articles (id, slug, title, summary, body_markdown, body_html, status,"
                + " publish_at, publish_month, created_at, updated_at, version, author_id"
                + (postgres
                        ? ", label_names) VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, 0, ?, ?)"
                        : ") VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, 0, ?)");
        jdbc.batchUpdate(articleSql, articleRows);
        // PostgreSQL: label_names is written above, so the triggers that keep it need not run (undone on rollback).
        if (postgres) {
            jdbc.execute("ALTER TABLE article_labels DISABLE TRIGGER USER");
        }
        jdbc.batchUpdate("INSERT INTO article_labels (article_id, label_id) VALUES (?, ?)", labelRows);
        if (postgres) {
            jdbc.execute("ALTER TABLE article_labels ENABLE TRIGGER USER");
        }
        jdbc.batchUpdate(COMMENT, commentRows);
        return commentRows.size();
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return count == null ? 0 : count;
    }

    private long next(String table) {
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The first article id of this run and the next comment id. */
    private static final class Ids {
        private final long article;
        private long comment;

        Ids(long article, long comment) {
            this.article = article;
            this.comment = comment;
        }
    }
}
