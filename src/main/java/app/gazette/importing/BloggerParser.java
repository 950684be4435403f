package app.gazette.importing;

import app.gazette.importing.ImportedComment.Status;
import app.gazette.importing.ImportedPost.State;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Blogger's "Back up content" Atom export (kind#post and kind#comment entries) and Google Takeout's
 * feed.atom (blogger:type POST and COMMENT). Settings, template and page entries are skipped, and so
 * are trashed Takeout posts.
 */
@Component
final class BloggerParser implements ExportParser {

    private static final String NO_EMAIL = "noreply@blogger.com";
    private static final String COMMENT_FEED = "/comments/default/";
    private static final String POST_ID = ".post-";

    private final Clock clock;

    BloggerParser(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.BLOGGER;
    }

    @Override
    public void parse(InputStream in, ImportHandler handler) {
        try (ExportXml xml = new ExportXml(in)) {
            while (xml.nextTag()) {
                if (xml.isStart(BloggerEntry.ATOM, "entry")) {
                    emit(BloggerEntry.read(xml), handler);
                }
            }
        }
    }

    private void emit(BloggerEntry entry, ImportHandler handler) {
        String kind = entry.type != null ? entry.type.toLowerCase(Locale.ROOT) : entry.kind;
        if ("post".equals(kind)) {
            State state = state(entry);
            if (state != null) {
                handler.post(post(entry, state));
            } else {
                handler.skipped("other");
            }
        } else if ("comment".equals(kind)) {
            handler.comment(comment(entry));
        } else {
            handler.skipped("page".equals(kind) ? "page" : "other");
        }
    }

    /** Null for a trashed Takeout post, which is not imported; a status Gazette does not know stays a draft. */
    private State state(BloggerEntry entry) {
        String status = entry.status == null ? "LIVE" : entry.status.toUpperCase(Locale.ROOT);
        if (status.contains("TRASH") || "DELETED".equals(status)) {
            return null;
        }
        if (entry.draft || !"LIVE".equals(status) && !"SCHEDULED".equals(status)) {
            return State.DRAFT;
        }
        Instant published = date(required(entry.published, "published", entry), "published", entry.publishedLine);
        return published.isAfter(clock.instant()) ? State.SCHEDULED : State.PUBLISHED;
    }

    private ImportedPost post(BloggerEntry entry, State state) {
        String path = entry.filename != null ? entry.filename : path(entry.alternate);
        List<String> oldPaths = path == null ? List.of() : List.of(path);
        String slug = path == null ? null : slug(path);
        ImportedAuthor author = entry.authorName == null && email(entry) == null
                ? null
                : new ImportedAuthor(null, entry.authorName, email(entry));
        return new ImportedPost(
                required(entry.id, "id", entry),
                entry.title == null ? "" : entry.title,
                entry.content == null ? "" : entry.content,
                date(entry.published, "published", entry.publishedLine),
                date(entry.updated, "updated", entry.updatedLine),
                entry.labels,
                author,
                state,
                slug,
                oldPaths,
                null,
                entry.line,
                null,
                false,
                false,
                offset(entry.published));
    }

    private ImportedComment comment(BloggerEntry entry) {
        String id = required(entry.id, "id", entry);
        if (entry.content != null && entry.content.length() > ExportXml.COMMENT) {
            throw new ImportRefused("import.error.tooLong", "content", entry.line, ExportXml.COMMENT);
        }
        String post = required(
                entry.parent != null ? entry.parent : entry.inReplyTo,
                entry.type != null ? "parent" : "in-reply-to",
                entry);
        Instant created = date(required(entry.published, "published", entry), "published", entry.publishedLine);
        return new ImportedComment(
                id,
                post,
                parent(entry.related, post),
                entry.authorName,
                email(entry),
                entry.authorUri,
                entry.content == null ? "" : entry.content,
                created,
                status(entry.status));
    }

    private static Status status(String status) {
        String value = status == null ? "LIVE" : status.toUpperCase(Locale.ROOT);
        if ("LIVE".equals(value)) {
            return Status.APPROVED;
        }
        if (value.contains("SPAM")) {
            return Status.SPAM;
        }
        return value.contains("TRASH") || "DELETED".equals(value) ? Status.TRASH : Status.PENDING;
    }

    /** The answered comment: Blogger links it as .../comments/default/ID, an id of the post's blog. */
    private static String parent(String related, String post) {
        int feed = related == null ? -1 : related.lastIndexOf(COMMENT_FEED);
        int blog = post.lastIndexOf(POST_ID);
        if (feed < 0 || blog < 0) {
            return null;
        }
        String id = related.substring(feed + COMMENT_FEED.length());
        return id.isEmpty() ? null : post.substring(0, blog + POST_ID.length()) + id;
    }

    private static String email(BloggerEntry entry) {
        String email = entry.authorEmail;
        return email == null || email.isEmpty() || NO_EMAIL.equalsIgnoreCase(email) ? null : email;
    }

    private static String path(String href) {
        if (href == null) {
            return null;
        }
        try {
            String path = URI.create(href.strip()).getRawPath();
            return path == null || path.length() <= 1 ? null : path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** /2024/05/slug.html → slug. */
    static String slug(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String slug = name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
        return slug.isEmpty() ? null : slug;
    }

    private static String required(String value, String element, BloggerEntry entry) {
        if (value == null || value.isEmpty()) {
            throw new ImportRefused("import.error.missing", element, entry.line);
        }
        return value;
    }

    /** The offset a time was written with (Blogger writes the blog's own); null when absent or unreadable. */
    private static ZoneOffset offset(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).getOffset();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An RFC 3339 time as Atom writes it; null when absent. */
    private static Instant date(String text, String element, int line) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new ImportRefused("import.error.invalid", element, line);
        }
    }
}
