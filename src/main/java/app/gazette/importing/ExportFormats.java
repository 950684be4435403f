package app.gazette.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.stereotype.Component;

/**
 * Tells which export a file is from its first 64 KB: a Blogger Atom backup or Takeout feed, or a
 * WordPress WXR file. Anything else (another RSS or Atom feed, HTML, JSON, a zip, nothing) is refused
 * as the wrong kind of file, and a file with a DOCTYPE is refused before any parser reads it.
 */
@Component
public class ExportFormats {

    static final int HEAD = 64 * 1024;
    private static final String BLOGGER_ID = "tag:blogger.com,1999:blog-";

    private final Clock clock;

    public ExportFormats(Clock clock) {
        this.clock = clock;
    }

    /** The parser for the export the stream holds; the stream must support mark and is reset to its start. */
    public ExportParser parserFor(InputStream in) {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("needs a stream that supports mark, e.g. a BufferedInputStream");
        }
        try {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            return parser(sniff(head));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ExportParser parser(ExportFormat format) {
        return switch (format) {
            case BLOGGER -> new BloggerParser(clock);
            case WORDPRESS -> new WordPressParser(clock);
        };
    }

    /** The format of a file starting with these bytes. */
    static ExportFormat sniff(byte[] head) {
        boolean doctype = false;
        try {
            XMLStreamReader reader = ExportXml.factory().createXMLStreamReader(new ByteArrayInputStream(head));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    doctype = true;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    ExportFormat format = root(reader);
                    if (format != null && doctype) {
                        throw new ImportRefused("import.refused.doctype", reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber());
                    }
                    if (format != null) {
                        return format;
                    }
                    break;
                }
            }
        } catch (XMLStreamException e) {
            // not XML, or not within the head: not an export Gazette reads
        }
        throw new ImportRefused("import.refused.kind");
    }

    /** WXR by its namespace on {@code <rss>}; Blogger by Takeout's namespace, or the feed's id or generator. */
    private static ExportFormat root(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        boolean blogger = false;
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            String namespace = reader.getNamespaceURI(i);
            if ("rss".equals(name) && reader.getNamespaceURI() == null && WordPressItem.WP.contains(namespace)) {
                return ExportFormat.WORDPRESS;
            }
            blogger |= BloggerEntry.TAKEOUT.equals(namespace);
        }
        if (!"feed".equals(name) || !BloggerEntry.ATOM.equals(reader.getNamespaceURI())) {
            return null;
        }
        return blogger || bloggerFeed(reader) ? ExportFormat.BLOGGER : null;
    }

    /** Reads the feed's own elements up to its first entry, looking for Blogger's id or generator. */
    private static boolean bloggerFeed(XMLStreamReader reader) throws XMLStreamException {
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT && depth-- == 0) {
                return false;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if (depth == 0 && "entry".equals(name)) {
                return false;
            }
            if (depth == 0 && ("id".equals(name) || "generator".equals(name))) {
                String uri = reader.getAttributeValue(null, "uri");
                String text = reader.getElementText().strip();
                boolean generator = "Blogger".equals(text) || uri != null && uri.contains("blogger.com");
                if (text.startsWith(BLOGGER_ID) || generator) {
                    return true;
                }
            } else {
                depth++;
            }
        }
        return false;
    }
}
