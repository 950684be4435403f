package app.gazette.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells which export a file is from its first 64 KB: a Blogger Atom backup or Takeout feed, or a
 * WordPress WXR file. Anything else (another RSS or Atom feed, HTML, JSON, a zip, nothing) is refused
 * as the wrong kind of file, and a file with a DOCTYPE is refused before any parser reads it.
 */
final class ExportFormats {

    static final int HEAD = 64 * 1024;
    private static final String BLOGGER_ID = "tag:blogger.com,1999:blog-";

    private ExportFormats() {}

    /** The format of the export this stream starts with; reads at most {@link #HEAD} bytes of it. */
    static ExportFormat sniff(InputStream in) throws IOException {
        return sniff(in.readNBytes(HEAD));
    }

    private static ExportFormat sniff(byte[] head) {
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
                        throw new ImportRefused(
                                "import.error.doctype",
                                reader.getLocation().getLineNumber(),
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
        throw new ImportRefused("import.error.unknownFormat");
    }

    /** WXR by its namespace on {@code <rss>}; Blogger by Takeout's namespace, or the feed's id or generator. */
    private static ExportFormat root(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        boolean blogger = false;
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            String namespace = reader.getNamespaceURI(i);
            if ("rss".equals(name)
                    && (reader.getNamespaceURI() == null
                            || reader.getNamespaceURI().isEmpty())
                    && WordPressItem.WP.contains(namespace)) {
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
