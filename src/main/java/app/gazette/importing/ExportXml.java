package app.gazette.importing;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * A StAX reader (Woodstox) over an export that refuses what Gazette will not read: any DOCTYPE (so
 * no external entities, no entity expansion), malformed XML, text longer than its field's bound
 * (checked while reading), items holding more than {@link #MAX_ITEM} characters in all, and, per
 * document, attributes, comments and text beyond the parser's limits (comments are skipped
 * unbuffered). Refusals carry line and column numbers and element names, never text from the file.
 */
final class ExportXml implements AutoCloseable {

    /** A post's HTML (characters). */
    static final int BODY = 2_000_000;
    /** A comment's HTML. */
    static final int COMMENT = 100_000;
    /** Titles, names, emails, labels, dates, statuses. */
    static final int NAME = 300;
    /** Ids, keys, links and addresses. */
    static final int LINE = 2_000;
    /** All the text of one post or entry, its comments included. */
    static final int MAX_ITEM = 8_000_000;
    /** Any text, comment or processing instruction, even one Gazette skips. */
    static final int MAX_ANY_TEXT = 2 * BODY;

    private static final int MAX_ATTRIBUTE = 64 * 1024;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final XMLStreamReader reader;
    private long itemChars;

    ExportXml(InputStream in) {
        try {
            this.reader = factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(WstxInputProperties.P_LAZY_PARSING, true);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_ANY_TEXT);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 100);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 200);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Moves to the next start or end tag; false at the end of the document. */
    boolean nextTag() {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    Location end = ((XMLStreamReader2) reader).getLocationInfo().getEndLocation();
                    throw new ImportRefused("import.error.doctype", end.getLineNumber(), end.getColumnNumber());
                }
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                    return true;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    boolean isStart() {
        return reader.isStartElement();
    }

    boolean isStart(String namespace, String name) {
        return reader.isStartElement() && name.equals(reader.getLocalName()) && namespace.equals(namespace());
    }

    boolean isEnd(String namespace, String name) {
        return reader.isEndElement() && name.equals(reader.getLocalName()) && namespace.equals(namespace());
    }

    String namespace() {
        String namespace = reader.getNamespaceURI();
        return namespace == null ? "" : namespace;
    }

    String name() {
        return reader.getLocalName();
    }

    /** An attribute of the current start tag (any namespace), or null; refused if longer than max. */
    String attribute(String name, int max) {
        String value = reader.getAttributeValue(null, name);
        if (value != null && value.length() > max) {
            throw new ImportRefused("import.error.tooLong", reader.getLocalName() + " " + name, line(), max);
        }
        return value;
    }

    /** Starts counting the text of a new post or entry (see {@link #MAX_ITEM}). */
    void startItem() {
        itemChars = 0;
    }

    /**
     * The text of the current element, its CDATA included; the text of nested elements is kept and
     * their tags dropped. Ends on the element's end tag. Refused as soon as it passes max characters.
     */
    String text(int max) {
        String element = reader.getLocalName();
        int line = line();
        StringBuilder text = new StringBuilder();
        int depth = 1;
        try {
            while (depth > 0) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (text.length() + reader.getTextLength() > max) {
                            throw new ImportRefused("import.error.tooLong", element, line, max);
                        }
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                    default -> {}
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
        itemChars += text.length();
        if (itemChars > MAX_ITEM) {
            throw new ImportRefused("import.error.itemTooLarge", line, MAX_ITEM);
        }
        return text.toString();
    }

    /** The element's text as one line: white space folded to single spaces and trimmed. */
    String line(int max) {
        return WHITE_SPACE.matcher(text(max)).replaceAll(" ").strip();
    }

    /** Moves past the end of the current element, whatever it holds. */
    void skip() {
        int depth = 1;
        while (depth > 0 && nextTag()) {
            depth += reader.isStartElement() ? 1 : -1;
        }
    }

    int line() {
        return reader.getLocation().getLineNumber();
    }

    int column() {
        return reader.getLocation().getColumnNumber();
    }

    /** Woodstox says "... limit (n) exceeded" when the document passes one of the limits set above. */
    private ImportRefused malformed(XMLStreamException e) {
        Location at = e.getLocation() != null ? e.getLocation() : reader == null ? null : reader.getLocation();
        String code = e.getMessage() != null && e.getMessage().contains("limit (")
                ? "import.error.limit"
                : "import.error.xml";
        return at == null
                ? new ImportRefused(code, -1, -1)
                : new ImportRefused(code, at.getLineNumber(), at.getColumnNumber());
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }
}
