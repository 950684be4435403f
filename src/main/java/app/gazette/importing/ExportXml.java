package app.gazette.importing;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader over an export that refuses what Gazette will not read: any DOCTYPE (so no external
 * entities, no entity expansion), malformed XML and over-long text. Refusals carry line and column
 * numbers and element names, never text from the file.
 */
final class ExportXml implements AutoCloseable {

    /** The longest text one element may hold: a post's HTML, say (characters). */
    static final int MAX_TEXT = 10_000_000;

    private final XMLStreamReader reader;
    private final int maxText;

    ExportXml(InputStream in) {
        this(in, MAX_TEXT);
    }

    ExportXml(InputStream in, int maxText) {
        this.maxText = maxText;
        try {
            this.reader = factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Moves to the next start or end tag; false at the end of the document. */
    boolean nextTag() {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ImportRefused("import.error.doctype", line(), column());
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

    /** An attribute of the current start tag (any namespace), or null. */
    String attribute(String name) {
        return reader.getAttributeValue(null, name);
    }

    /**
     * The text of the current element, its CDATA included; the text of nested elements is kept and
     * their tags dropped. Ends on the element's end tag.
     */
    String text() {
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
                        if (text.length() + reader.getTextLength() > maxText) {
                            throw new ImportRefused("import.error.tooLong", element, line, maxText);
                        }
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                    default -> {}
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
        return text.toString();
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

    private static ImportRefused malformed(XMLStreamException e) {
        Location at = e.getLocation();
        return at == null
                ? new ImportRefused("import.error.xml", -1, -1)
                : new ImportRefused("import.error.xml", at.getLineNumber(), at.getColumnNumber());
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
