package app.gazette.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.gazette.article.ArchiveYear;
import app.gazette.article.ArchiveYear.ArchiveMonth;
import app.gazette.article.ArticleLocation;
import app.gazette.article.ArticleService;
import app.gazette.label.LabelCount;
import app.gazette.shared.SiteFormats;
import app.gazette.site.GazetteProperties;
import app.gazette.site.ModerationMode;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Splitting the sitemap into parts behind an index, with the limit lowered from 50,000. */
class SitemapsTest {

    static final String BASE = "https://news.example.org";

    final ArticleService articles = mock(ArticleService.class);
    final GazetteProperties properties = new GazetteProperties(
            ZoneId.of("UTC"),
            10,
            "EEEE d MMMM yyyy",
            "Gazette",
            "",
            new GazetteProperties.Comments(ModerationMode.FIRST_TIME),
            new GazetteProperties.Admin("admin", ""));
    final List<ArticleLocation> all = IntStream.rangeClosed(1, 5)
            .mapToObj(i -> new ArticleLocation("/2019/02/a" + i, Instant.parse("2019-02-0" + i + "T10:00:00Z")))
            .toList();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void site() {
        when(articles.labelCounts()).thenReturn(List.of(new LabelCount("Sport", "/label/Sport", 5)));
        when(articles.archive())
                .thenReturn(List.of(
                        new ArchiveYear(2019, "/2019", 5, List.of(new ArchiveMonth("February 2019", "/2019/02", 5)))));
        when(articles.visibleCount()).thenReturn((long) all.size());
        doAnswer(call -> {
                    long from = call.getArgument(0);
                    long count = call.getArgument(1);
                    all.stream().skip(from).limit(count).forEach(call.<Consumer<ArticleLocation>>getArgument(2));
                    return null;
                })
                .when(articles)
                .visibleLocations(anyLong(), anyLong(), any());
    }

    Sitemaps sitemaps(int limit) {
        SettingsService settings = mock(SettingsService.class);
        when(settings.current()).thenReturn(Settings.initial(properties));
        return new Sitemaps(
                articles,
                settings,
                new SiteFormats(properties.timeZone(), Locale.UK, properties::dateHeaderPattern),
                limit);
    }

    static List<String> locs(Document document) {
        NodeList nodes = document.getElementsByTagNameNS(Sitemaps.NS, "loc");
        List<String> locs = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            locs.add(nodes.item(i).getTextContent().substring(BASE.length()));
        }
        return locs;
    }

    static Document parse(Consumer<ByteArrayOutputStream> writer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void withinTheLimitOneSitemapHoldsEverything() throws Exception {
        Sitemaps sitemaps = sitemaps(Sitemaps.MAX_URLS);

        assertThat(sitemaps.parts()).isEqualTo(1);
        assertThat(locs(parse(out -> sitemaps.writePart(BASE, 1, out))))
                .containsExactly(
                        "/",
                        "/label/Sport",
                        "/2019/02",
                        "/2019/02/a1",
                        "/2019/02/a2",
                        "/2019/02/a3",
                        "/2019/02/a4",
                        "/2019/02/a5");
    }

    @Test
    void pastTheLimitAnIndexPointsToEveryPart() throws Exception {
        Sitemaps sitemaps = sitemaps(3);

        assertThat(sitemaps.parts()).isEqualTo(3);
        Document index = parse(out -> sitemaps.writeIndex(BASE, 3, out));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(Sitemaps.NS);
        assertThat(locs(index)).containsExactly("/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml");
    }

    @Test
    void partsTakeTheLimitEachPagesFirstThenArticlesWithoutGapsOrRepeats() throws Exception {
        Sitemaps sitemaps = sitemaps(3);

        assertThat(locs(parse(out -> sitemaps.writePart(BASE, 1, out))))
                .containsExactly("/", "/label/Sport", "/2019/02");
        assertThat(locs(parse(out -> sitemaps.writePart(BASE, 2, out))))
                .containsExactly("/2019/02/a1", "/2019/02/a2", "/2019/02/a3");
        assertThat(locs(parse(out -> sitemaps.writePart(BASE, 3, out)))).containsExactly("/2019/02/a4", "/2019/02/a5");
    }

    @Test
    void aPartMayMixPagesAndArticles() throws Exception {
        Sitemaps sitemaps = sitemaps(4);

        assertThat(sitemaps.parts()).isEqualTo(2);
        assertThat(locs(parse(out -> sitemaps.writePart(BASE, 1, out))))
                .containsExactly("/", "/label/Sport", "/2019/02", "/2019/02/a1");
        assertThat(locs(parse(out -> sitemaps.writePart(BASE, 2, out))))
                .containsExactly("/2019/02/a2", "/2019/02/a3", "/2019/02/a4", "/2019/02/a5");
    }

    @Test
    void articlesCarryTheirLastChangeAndPagesNone() throws Exception {
        Document part = parse(out -> sitemaps(Sitemaps.MAX_URLS).writePart(BASE, 1, out));

        NodeList lastmods = part.getElementsByTagNameNS(Sitemaps.NS, "lastmod");
        assertThat(lastmods.getLength()).isEqualTo(5);
        assertThat(lastmods.item(0).getTextContent()).isEqualTo("2019-02-01T10:00:00Z");
    }
}
