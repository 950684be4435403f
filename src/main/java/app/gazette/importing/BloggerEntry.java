package app.gazette.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One Atom {@code <entry>} of a Blogger export, as read: the fields either Blogger format uses. */
final class BloggerEntry {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String KIND_SCHEME = "http://schemas.google.com/g/2005#kind";
    static final String TAKEOUT = "http://schemas.google.com/blogger/2018";
    private static final String THREAD = "http://purl.org/syndication/thread/1.0";
    private static final Set<String> APP = Set.of("http://purl.org/atom/app#", "http://www.w3.org/2007/app");

    final int line;
    String id;
    String kind;
    String title;
    String content;
    String published;
    int publishedLine;
    String updated;
    int updatedLine;
    final List<String> labels = new ArrayList<>();
    String authorName;
    String authorEmail;
    String authorUri;
    boolean draft;
    String alternate;
    String related;
    String inReplyTo;
    String type;
    String status;
    String filename;
    String parent;

    private BloggerEntry(int line) {
        this.line = line;
    }

    /** Reads the entry the reader is on, up to and including its end tag. */
    static BloggerEntry read(ExportXml xml) {
        xml.startItem();
        BloggerEntry entry = new BloggerEntry(xml.line());
        while (xml.nextTag() && !xml.isEnd(ATOM, "entry")) {
            entry.child(xml);
        }
        return entry;
    }

    private void child(ExportXml xml) {
        String namespace = xml.namespace();
        String name = xml.name();
        if (ATOM.equals(namespace)) {
            atom(xml, name);
        } else if (TAKEOUT.equals(namespace)) {
            takeout(xml, name);
        } else if (APP.contains(namespace) && "control".equals(name)) {
            while (xml.nextTag() && !xml.isEnd(namespace, "control")) {
                if (APP.contains(xml.namespace()) && "draft".equals(xml.name())) {
                    draft = "yes".equalsIgnoreCase(xml.line(ExportXml.NAME));
                } else {
                    xml.skip();
                }
            }
        } else if (THREAD.equals(namespace) && "in-reply-to".equals(name)) {
            inReplyTo = xml.attribute("ref", ExportXml.LINE);
            xml.skip();
        } else {
            xml.skip();
        }
    }

    private void atom(ExportXml xml, String name) {
        switch (name) {
            case "id" -> id = xml.line(ExportXml.LINE);
            case "title" -> title = xml.line(ExportXml.NAME);
            case "content" -> content = xml.text(ExportXml.BODY);
            case "published" -> {
                publishedLine = xml.line();
                published = xml.line(ExportXml.NAME);
            }
            case "updated" -> {
                updatedLine = xml.line();
                updated = xml.line(ExportXml.NAME);
            }
            case "category" -> {
                category(xml.attribute("scheme", ExportXml.LINE), xml.attribute("term", ExportXml.NAME));
                xml.skip();
            }
            case "link" -> {
                link(xml.attribute("rel", ExportXml.NAME), xml.attribute("href", ExportXml.LINE));
                xml.skip();
            }
            case "author" -> author(xml);
            default -> xml.skip();
        }
    }

    private void takeout(ExportXml xml, String name) {
        switch (name) {
            case "type" -> type = xml.line(ExportXml.NAME);
            case "status" -> status = xml.line(ExportXml.NAME);
            case "filename" -> filename = xml.line(ExportXml.LINE);
            case "parent" -> parent = xml.line(ExportXml.LINE);
            default -> xml.skip();
        }
    }

    private void category(String scheme, String term) {
        if (term == null || term.isBlank()) {
            return;
        }
        if (KIND_SCHEME.equals(scheme)) {
            kind = term.substring(term.indexOf('#') + 1);
        } else if (!labels.contains(term.strip())) {
            labels.add(term.strip());
        }
    }

    private void link(String rel, String href) {
        if ("alternate".equals(rel)) {
            alternate = href;
        } else if ("related".equals(rel)) {
            related = href;
        }
    }

    private void author(ExportXml xml) {
        while (xml.nextTag() && !xml.isEnd(ATOM, "author")) {
            switch (ATOM.equals(xml.namespace()) ? xml.name() : "") {
                case "name" -> authorName = xml.line(ExportXml.NAME);
                case "email" -> authorEmail = xml.line(ExportXml.NAME);
                case "uri" -> authorUri = xml.line(ExportXml.LINE);
                default -> xml.skip();
            }
        }
    }
}
