package app.gazette.importing;

import app.gazette.comment.BulkComments;
import app.gazette.comment.CommentStatus;
import app.gazette.importing.ImportedItems.Kind;
import app.gazette.shared.Rows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Turns imported comments into comments a batch at a time, inside the import's transaction, after
 * every post: skips comments imported before and those whose post is not in the site, then links
 * replies to the comments they answer once all are in (a reply may come first).
 */
final class CommentWriter {

    static final int BATCH = 500;
    /** A batch is written once its comments hold this many characters of HTML. */
    static final long BATCH_CHARS = 4_000_000;

    private static final int MAX_BODY = 10000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final BulkComments comments;
    private final ImportContext context;
    private final ImportedItems items;
    private final List<ImportedComment> batch = new ArrayList<>(BATCH);
    private final Set<String> keysSeen = new HashSet<>();
    private long batchChars;
    /** Comment id, then the stored key of the comment it answers. */
    private final List<Object[]> replies = new ArrayList<>();

    CommentWriter(JdbcTemplate jdbc, ImportContext context, BulkComments comments) {
        this.comments = comments;
        this.context = context;
        this.items = new ImportedItems(jdbc, context.format());
    }

    void add(ImportedComment comment) {
        batch.add(comment);
        batchChars += comment.html() == null ? 0 : comment.html().length();
        if (batch.size() >= BATCH || batchChars >= BATCH_CHARS) {
            flush();
        }
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Long> known = items.find(
                Kind.COMMENT,
                batch.stream().map(c -> ImportedItems.key(c.sourceKey())).toList());
        Map<String, Long> articles = items.find(
                Kind.POST,
                batch.stream()
                        .map(c -> ImportedItems.key(c.postSourceKey()))
                        .distinct()
                        .toList());
        Map<String, BulkComments.Entry> fresh = new LinkedHashMap<>();
        List<String> parents = new ArrayList<>();
        List<String> bodies = batch.parallelStream()
                .map(comment -> Rows.cut(
                        Conversion.commentText(comment.html() == null ? "" : comment.html(), context.format()),
                        MAX_BODY))
                .toList();
        for (int i = 0; i < batch.size(); i++) {
            ImportedComment comment = batch.get(i);
            String key = ImportedItems.key(comment.sourceKey());
            Long article = articles.get(ImportedItems.key(comment.postSourceKey()));
            String body = bodies.get(i);
            boolean create = article != null && !body.isBlank() && !known.containsKey(key) && keysSeen.add(key);
            if (create) {
                fresh.put(key, row(comment, article, body));
                parents.add(comment.parentSourceKey() == null ? null : ImportedItems.key(comment.parentSourceKey()));
            }
            context.tally().commentRead(create);
        }
        batch.clear();
        batchChars = 0;
        List<Long> ids = comments.insert(new ArrayList<>(fresh.values()));
        items.add(Kind.COMMENT, new ArrayList<>(fresh.keySet()), ids);
        for (int i = 0; i < ids.size(); i++) {
            if (parents.get(i) != null) {
                replies.add(new Object[] {ids.get(i), parents.get(i)});
            }
        }
        context.progress();
    }

    /** Replies to the comments they answer, where those were imported (now or before). */
    void linkReplies() {
        for (int from = 0; from < replies.size(); from += BATCH) {
            List<Object[]> chunk = replies.subList(from, Math.min(replies.size(), from + BATCH));
            Map<String, Long> parents = items.find(
                    Kind.COMMENT, chunk.stream().map(r -> (String) r[1]).toList());
            List<BulkComments.Reply> updates = new ArrayList<>();
            for (Object[] reply : chunk) {
                Long parent = parents.get((String) reply[1]);
                if (parent != null && !parent.equals(reply[0])) {
                    updates.add(new BulkComments.Reply((Long) reply[0], parent));
                }
            }
            comments.linkReplies(updates);
        }
    }

    private BulkComments.Entry row(ImportedComment comment, long article, String body) {
        String name = comment.authorName() == null ? "" : comment.authorName().strip();
        String email = comment.authorEmail() == null
                ? null
                : comment.authorEmail().strip().toLowerCase(Locale.ROOT);
        boolean plausible =
                email != null && email.length() <= 254 && EMAIL.matcher(email).matches();
        CommentStatus status = switch (comment.status() == null ? ImportedComment.Status.PENDING : comment.status()) {
            case APPROVED -> CommentStatus.APPROVED;
            case PENDING -> CommentStatus.PENDING;
            case SPAM, TRASH -> CommentStatus.SPAM;
        };
        return new BulkComments.Entry(
                article,
                name.isEmpty() ? context.anonymous() : Rows.cut(name, 100),
                plausible ? email : null,
                body,
                status,
                comment.created() == null ? context.now() : comment.created());
    }
}
