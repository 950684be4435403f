package app.gazette.importing;

import app.gazette.importing.ImportedComment.Status;
import app.gazette.importing.ImportedPost.State;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * WordPress eXtended RSS 1.1 and 1.2. Only items of post_type "post" are read, trashed ones left out;
 * comments of type pingback, trackback or anything but a plain comment are skipped.
 */
@Component
final class WordPressParser implements ExportParser {

    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final String NEVER = "0000-00-00";

    private final Clock clock;

    WordPressParser(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.WORDPRESS;
    }

    @Override
    public void parse(InputStream in, ImportHandler handler) {
        Map<String, ImportedAuthor> authors = new HashMap<>();
        try (ExportXml xml = new ExportXml(in)) {
            while (xml.nextTag()) {
                if (xml.isStart() && WordPressItem.WP.contains(xml.namespace()) && "author".equals(xml.name())) {
                    ImportedAuthor author = author(xml, xml.namespace());
                    authors.put(author.login(), author);
                } else if (xml.isStart("", "item")) {
                    emit(WordPressItem.read(xml), authors, handler);
                }
            }
        }
    }

    /** A channel-level {@code <wp:author>}: login, display name and email. */
    private static ImportedAuthor author(ExportXml xml, String namespace) {
        int line = xml.line();
        String login = null;
        String name = null;
        String email = null;
        while (xml.nextTag() && !xml.isEnd(namespace, "author")) {
            switch (namespace.equals(xml.namespace()) ? xml.name() : "") {
                case "author_login" -> login = xml.line(ExportXml.NAME);
                case "author_display_name" -> name = xml.line(ExportXml.NAME);
                case "author_email" -> email = xml.line(ExportXml.NAME);
                default -> xml.skip();
            }
        }
        if (login == null || login.isEmpty()) {
            throw new ImportRefused("import.error.missing", "author_login", line);
        }
        return new ImportedAuthor(login, name == null || name.isEmpty() ? login : name, blankToNull(email));
    }

    private void emit(WordPressItem item, Map<String, ImportedAuthor> authors, ImportHandler handler) {
        State state = state(item.status);
        if (!"post".equals(item.postType) || state == null) {
            handler.skipped(state == null ? "other" : item.postType == null ? "" : item.postType);
            return;
        }
        if (item.password != null && !item.password.isEmpty()) {
            state = State.PROTECTED;
        }
        Long id = number(item.postId, "post_id", item.line);
        // the post id, never the guid: WordPress copies guids, and two posts sharing one are two posts
        String key = item.postId != null && !item.postId.isEmpty() ? item.postId : item.guid;
        if (key == null || key.isEmpty()) {
            throw new ImportRefused("import.error.missing", "post_id", item.line);
        }
        LocalDateTime local = local(item.postDate, "post_date");
        LocalDateTime gmt = local(item.postDateGmt, "post_date_gmt");
        Instant published = gmt != null
                ? gmt.toInstant(ZoneOffset.UTC)
                : state != State.PUBLISHED && state != State.SCHEDULED || local == null
                        ? null
                        : local.toInstant(ZoneOffset.UTC);
        if (published == null && (state == State.PUBLISHED || state == State.SCHEDULED)) {
            throw new ImportRefused("import.error.missing", "post_date_gmt", item.line);
        }
        if (state == State.PUBLISHED && published.isAfter(clock.instant())) {
            state = State.SCHEDULED;
        }
        LocalDateTime modified = local(item.modifiedGmt, "post_modified_gmt");
        ImportedAuthor author = item.creator == null || item.creator.isEmpty()
                ? null
                : authors.getOrDefault(item.creator, new ImportedAuthor(item.creator, item.creator, null));
        handler.post(new ImportedPost(
                key,
                item.title == null ? "" : item.title,
                item.content == null ? "" : item.content,
                published,
                modified == null ? null : modified.toInstant(ZoneOffset.UTC),
                List.copyOf(item.labels),
                author,
                state,
                blankToNull(item.postName),
                oldPaths(item, local),
                id,
                item.line,
                blankToNull(item.excerpt),
                "closed".equals(item.commentStatus),
                "1".equals(item.sticky),
                offset(local, gmt)));
        for (WordPressItem.Comment comment : item.comments) {
            if (comment.type == null || comment.type.isEmpty() || "comment".equals(comment.type)) {
                handler.comment(comment(comment, key));
            }
        }
    }

    /** The site's offset from UTC at the post's date: its local date less its UTC one, if both are there. */
    private static ZoneOffset offset(LocalDateTime local, LocalDateTime gmt) {
        if (local == null || gmt == null) {
            return null;
        }
        long seconds = Duration.between(gmt, local).getSeconds();
        return Math.abs(seconds) <= 18 * 3600 ? ZoneOffset.ofTotalSeconds((int) seconds) : null;
    }

    /** Null for a trashed post, which is not imported; an unknown status stays unpublished. */
    private static State state(String status) {
        return switch (status == null ? "" : status) {
            case "publish" -> State.PUBLISHED;
            case "future" -> State.SCHEDULED;
            case "private" -> State.PRIVATE;
            case "trash" -> null;
            default -> State.DRAFT;
        };
    }

    private static ImportedComment comment(WordPressItem.Comment comment, String postKey) {
        if (comment.id == null || comment.id.isEmpty()) {
            throw new ImportRefused("import.error.missing", "comment_id", comment.line);
        }
        LocalDateTime gmt = local(comment.dateGmt, "comment_date_gmt");
        LocalDateTime created = gmt != null ? gmt : local(comment.date, "comment_date");
        if (created == null) {
            throw new ImportRefused("import.error.missing", "comment_date_gmt", comment.line);
        }
        String parent = comment.parent == null || comment.parent.isEmpty() || "0".equals(comment.parent)
                ? null
                : postKey + "#comment-" + comment.parent;
        return new ImportedComment(
                postKey + "#comment-" + comment.id,
                postKey,
                parent,
                comment.author,
                blankToNull(comment.email),
                blankToNull(comment.url),
                comment.content == null ? "" : comment.content,
                created.toInstant(ZoneOffset.UTC),
                status(comment.approved));
    }

    private static Status status(String approved) {
        return switch (approved == null ? "" : approved) {
            case "1" -> Status.APPROVED;
            case "spam" -> Status.SPAM;
            case "trash", "post-trashed" -> Status.TRASH;
            default -> Status.PENDING;
        };
    }

    /** The link's path and WordPress's dated permalink /YYYY/MM/DD/post_name/ (the site's local date). */
    private static List<String> oldPaths(WordPressItem item, LocalDateTime local) {
        Set<String> paths = new LinkedHashSet<>();
        String path = path(item.link);
        if (path != null) {
            paths.add(path);
        }
        if (local != null && item.postName != null && !item.postName.isEmpty()) {
            paths.add(String.format(
                    "/%04d/%02d/%02d/%s/",
                    local.getYear(), local.getMonthValue(), local.getDayOfMonth(), item.postName));
        }
        return new ArrayList<>(paths);
    }

    private static String path(String link) {
        try {
            String path = link == null ? null : URI.create(link).getRawPath();
            return path == null || path.length() <= 1 ? null : path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A WordPress time (yyyy-MM-dd HH:mm:ss); null when absent or the zero date drafts carry. */
    private static LocalDateTime local(WordPressItem.Dated date, String element) {
        if (date.text == null || date.text.isEmpty() || date.text.startsWith(NEVER)) {
            return null;
        }
        try {
            return LocalDateTime.parse(date.text, WP_DATE);
        } catch (DateTimeParseException e) {
            throw new ImportRefused("import.error.invalid", element, date.line);
        }
    }

    private static Long number(String text, String element, int line) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new ImportRefused("import.error.invalid", element, line);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
