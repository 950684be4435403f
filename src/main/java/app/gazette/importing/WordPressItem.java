package app.gazette.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One WXR {@code <item>} as read, its {@code <wp:comment>}s included. */
final class WordPressItem {

    /** WXR 1.0 to 1.2, as WordPress has written them: http and https. */
    static final Set<String> WP = Set.of(
            "http://wordpress.org/export/1.0/",
            "https://wordpress.org/export/1.0/",
            "http://wordpress.org/export/1.1/",
            "https://wordpress.org/export/1.1/",
            "http://wordpress.org/export/1.2/",
            "https://wordpress.org/export/1.2/");

    private static final Set<String> CONTENT =
            Set.of("http://purl.org/rss/1.0/modules/content/", "https://purl.org/rss/1.0/modules/content/");
    private static final Set<String> DC =
            Set.of("http://purl.org/dc/elements/1.1/", "https://purl.org/dc/elements/1.1/");

    final int line;
    String title;
    String link;
    String creator;
    String guid;
    String content;
    String postId;
    final Dated postDate = new Dated();
    final Dated postDateGmt = new Dated();
    final Dated modifiedGmt = new Dated();
    String postName;
    String status;
    String postType;
    String password;
    String sticky;
    String commentStatus;
    String excerpt;
    final Set<String> labels = new LinkedHashSet<>();
    final List<Comment> comments = new ArrayList<>();

    /** A date's text and the line it is on, for a refusal. */
    static final class Dated {
        String text;
        int line;

        void read(ExportXml xml) {
            line = xml.line();
            text = xml.line(ExportXml.NAME);
        }
    }

    /** One {@code <wp:comment>}. */
    static final class Comment {
        final int line;
        String id;
        String author;
        String email;
        String url;
        final Dated date = new Dated();
        final Dated dateGmt = new Dated();
        String content;
        String approved;
        String type;
        String parent;

        Comment(int line) {
            this.line = line;
        }
    }

    private WordPressItem(int line) {
        this.line = line;
    }

    /** Reads the item the reader is on, up to and including its end tag. */
    static WordPressItem read(ExportXml xml) {
        xml.startItem();
        WordPressItem item = new WordPressItem(xml.line());
        while (xml.nextTag() && !xml.isEnd("", "item")) {
            item.child(xml);
        }
        return item;
    }

    private void child(ExportXml xml) {
        String namespace = xml.namespace();
        String name = xml.name();
        if (namespace.isEmpty()) {
            switch (name) {
                case "title" -> title = xml.line(ExportXml.NAME);
                case "link" -> link = xml.line(ExportXml.LINE);
                case "guid" -> guid = xml.line(ExportXml.LINE);
                case "category" -> category(xml);
                default -> xml.skip();
            }
        } else if (WP.contains(namespace)) {
            wordpress(xml, namespace, name);
        } else if (CONTENT.contains(namespace) && "encoded".equals(name)) {
            content = xml.text(ExportXml.BODY);
        } else if (isExcerpt(namespace) && "encoded".equals(name)) {
            excerpt = xml.line(ExportXml.COMMENT);
        } else if (DC.contains(namespace) && "creator".equals(name)) {
            creator = xml.line(ExportXml.NAME);
        } else {
            xml.skip();
        }
    }

    /** The excerpt module's namespace is the WXR one plus "excerpt/". */
    private static boolean isExcerpt(String namespace) {
        return namespace.endsWith("/excerpt/") && WP.contains(namespace.substring(0, namespace.length() - 8));
    }

    private void category(ExportXml xml) {
        String domain = xml.attribute("domain", ExportXml.NAME);
        String text = xml.line(ExportXml.NAME);
        if (("category".equals(domain) || "post_tag".equals(domain)) && !text.isEmpty()) {
            labels.add(text);
        }
    }

    private void wordpress(ExportXml xml, String namespace, String name) {
        switch (name) {
            case "post_id" -> postId = xml.line(ExportXml.LINE);
            case "post_date" -> postDate.read(xml);
            case "post_date_gmt" -> postDateGmt.read(xml);
            case "post_modified_gmt" -> modifiedGmt.read(xml);
            case "post_name" -> postName = xml.line(ExportXml.LINE);
            case "status" -> status = xml.line(ExportXml.NAME);
            case "post_type" -> postType = xml.line(ExportXml.NAME);
            case "post_password" -> password = xml.line(ExportXml.NAME);
            case "is_sticky" -> sticky = xml.line(ExportXml.NAME);
            case "comment_status" -> commentStatus = xml.line(ExportXml.NAME);
            case "comment" -> comments.add(comment(xml, namespace));
            default -> xml.skip();
        }
    }

    private static Comment comment(ExportXml xml, String namespace) {
        Comment comment = new Comment(xml.line());
        while (xml.nextTag() && !xml.isEnd(namespace, "comment")) {
            switch (namespace.equals(xml.namespace()) ? xml.name() : "") {
                case "comment_id" -> comment.id = xml.line(ExportXml.LINE);
                case "comment_author" -> comment.author = xml.line(ExportXml.NAME);
                case "comment_author_email" -> comment.email = xml.line(ExportXml.NAME);
                case "comment_author_url" -> comment.url = xml.line(ExportXml.LINE);
                case "comment_date" -> comment.date.read(xml);
                case "comment_date_gmt" -> comment.dateGmt.read(xml);
                case "comment_content" -> comment.content = xml.text(ExportXml.COMMENT);
                case "comment_approved" -> comment.approved = xml.line(ExportXml.NAME);
                case "comment_type" -> comment.type = xml.line(ExportXml.NAME);
                case "comment_parent" -> comment.parent = xml.line(ExportXml.LINE);
                default -> xml.skip();
            }
        }
        return comment;
    }
}
