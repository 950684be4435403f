package app.gazette.syndication;

import app.gazette.article.ArchiveYear;
import app.gazette.article.ArticleService;
import app.gazette.article.NewsArticle;
import app.gazette.label.LabelCount;
import app.gazette.shared.SiteFormats;
import app.gazette.site.SettingsService;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * sitemap.xml (the home page, label pages, month archives and every visible article), split into
 * parts behind a sitemap index past {@link #MAX_URLS}; and the Google News sitemap of recent articles.
 */
@Component
public class Sitemaps {

    /** The protocol's limit of URLs in one sitemap. */
    public static final int MAX_URLS = 50_000;

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** Google News takes articles of the last two days, at most 1,000 of them. */
    static final Duration NEWS_PERIOD = Duration.ofDays(2);

    static final int NEWS_MAX = 1000;

    private final ArticleService articles;
    private final SettingsService settings;
    private final SiteFormats formats;
    private final int maxUrls;

    @Autowired
    Sitemaps(ArticleService articles, SettingsService settings, SiteFormats formats) {
        this(articles, settings, formats, MAX_URLS);
    }

    Sitemaps(ArticleService articles, SettingsService settings, SiteFormats formats, int maxUrls) {
        this.articles = articles;
        this.settings = settings;
        this.formats = formats;
        this.maxUrls = maxUrls;
    }

    /** How many sitemaps there are: more than one means /sitemap.xml is an index of them. */
    public int parts() {
        long total = pages().size() + articles.visibleCount();
        return (int) Math.max(1, (total + maxUrls - 1) / maxUrls);
    }

    /** The index: one entry per part, at /sitemap-1.xml, /sitemap-2.xml, … */
    public void writeIndex(String base, int parts, OutputStream out) {
        write(out, xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(NS);
            for (int part = 1; part <= parts; part++) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", base + "/sitemap-" + part + ".xml");
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** Part {@code part} (from 1): the pages first, then the articles by id. */
    public void writePart(String base, int part, OutputStream out) {
        long start = (long) (part - 1) * maxUrls;
        long end = start + maxUrls;
        List<String> pages = pages();
        write(out, xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (long i = start; i < Math.min(end, pages.size()); i++) {
                url(xml, base + pages.get((int) i), null);
            }
            long from = Math.max(start - pages.size(), 0);
            long count = end - Math.max(start, pages.size());
            if (count > 0) {
                articles.visibleLocations(
                        from,
                        count,
                        article -> unchecked(() -> url(xml, base + article.permalink(), article.lastModified())));
            }
            xml.writeEndElement();
        });
    }

    /** Articles of the last two days in the Google News format. */
    public void writeNews(String base, OutputStream out) {
        List<NewsArticle> recent = articles.publishedWithin(NEWS_PERIOD, NEWS_MAX);
        String language = formats.locale().getLanguage();
        String publication = settings.current().siteTitle();
        write(out, xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("news", NEWS_NS);
            for (NewsArticle article : recent) {
                xml.writeStartElement("url");
                element(xml, "loc", base + article.permalink());
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                newsElement(xml, "name", publication);
                newsElement(xml, "language", language);
                xml.writeEndElement();
                newsElement(
                        xml,
                        "publication_date",
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.publishedAt()
                                .truncatedTo(ChronoUnit.SECONDS)
                                .atZone(formats.zone())));
                newsElement(xml, "title", article.title());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** The pages besides articles, as site-relative URLs: home, labels in use, month archives. */
    private List<String> pages() {
        List<String> pages = new ArrayList<>();
        pages.add("/");
        articles.labelCounts().stream().map(LabelCount::url).forEach(pages::add);
        for (ArchiveYear year : articles.archive()) {
            year.months().forEach(month -> pages.add(month.url()));
        }
        return pages;
    }

    private static void url(XMLStreamWriter xml, String loc, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (lastModified != null) {
            element(xml, "lastmod", SiteFormats.iso(lastModified));
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void newsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS_NS);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void write(OutputStream out, XmlBody body) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            body.write(xml);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap could not be written", e);
        }
    }

    private static void unchecked(XmlBody.Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap could not be written", e);
        }
    }

    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;

        interface Step {
            void run() throws XMLStreamException;
        }
    }
}
