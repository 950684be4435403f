package app.gazette.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.gazette.article.FeedArticle;
import app.gazette.comment.FeedComment;
import app.gazette.shared.SiteFormats;
import app.gazette.site.GazetteProperties;
import app.gazette.site.ModerationMode;
import app.gazette.site.Settings;
import app.gazette.site.SettingsService;
import app.gazette.syndication.FeedBuilder.Head;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Full articles or excerpts by the setting, in both formats; an empty feed is still a valid feed. */
class FeedBuilderTest {

    static final Instant NOW = Instant.parse("2019-02-10T12:00:00Z");
    static final FeedArticle ARTICLE = new FeedArticle(
            7,
            "Mutiny",
            "/2019/02/mutiny",
            "Ada Whitlock",
            Instant.parse("2019-02-09T10:15:00Z"),
            Instant.parse("2019-02-09T11:00:00Z"),
            List.of("Sport"),
            "The crew <refused>",
            "<p>The whole <em>story</em></p>",
            null);
    static final Head HEAD = new Head("Gazette", "https://x.test/", "https://x.test/feed.atom");
    static final Head RSS_HEAD = new Head("Gazette", "https://x.test/", "https://x.test/feed.xml");
    static final FeedComment COMMENT = new FeedComment(
            3,
            "Reader",
            "First & best\nline two",
            Instant.parse("2019-02-09T12:00:00Z"),
            false,
            "Mutiny",
            "/2019/02/mutiny");
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";

    static FeedBuilder builder(boolean fullContent) {
        GazetteProperties site = new GazetteProperties(
                ZoneId.of("UTC"),
                10,
                "EEEE d MMMM yyyy",
                "Gazette",
                "News as it happens",
                new GazetteProperties.Comments(ModerationMode.FIRST_TIME),
                new GazetteProperties.Admin("admin", ""));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/syndication");
        SettingsService settings = mock(SettingsService.class);
        when(settings.current()).thenReturn(Settings.initial(site));
        return new FeedBuilder(
                messages,
                new SiteFormats(site.timeZone(), Locale.UK, site::dateHeaderPattern),
                settings,
                new FeedProperties(fullContent),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static SyndEntry roundTrip(SyndFeed feed, FeedFormat format) throws Exception {
        return new SyndFeedInput()
                .build(new StringReader(format.write(feed)))
                .getEntries()
                .get(0);
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void fullContentCarriesTheBodyAndTheSummary(FeedFormat format) throws Exception {
        SyndEntry entry = roundTrip(builder(true).articles(HEAD, "https://x.test", List.of(ARTICLE)), format);

        assertThat(entry.getContents()).hasSize(1);
        assertThat(entry.getContents().get(0).getValue()).isEqualTo("<p>The whole <em>story</em></p>");
        assertThat(entry.getDescription().getValue()).isEqualTo("The crew &lt;refused&gt;");
        assertThat(entry.getLink()).isEqualTo("https://x.test/2019/02/mutiny");
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void excerptSettingLeavesTheBodyOut(FeedFormat format) throws Exception {
        SyndEntry entry = roundTrip(builder(false).articles(HEAD, "https://x.test", List.of(ARTICLE)), format);

        assertThat(entry.getContents()).isEmpty();
        assertThat(entry.getDescription().getValue()).isEqualTo("The crew &lt;refused&gt;");
    }

    @Test
    void feedIsAsNewAsItsNewestEntryAndAnEmptyOneAsNow() throws Exception {
        SyndFeed full = new SyndFeedInput()
                .build(new StringReader(
                        FeedFormat.ATOM.write(builder(true).articles(HEAD, "https://x.test", List.of(ARTICLE)))));
        SyndFeed empty = new SyndFeedInput()
                .build(new StringReader(
                        FeedFormat.ATOM.write(builder(true).articles(HEAD, "https://x.test", List.of()))));

        assertThat(full.getPublishedDate().toInstant()).isEqualTo(ARTICLE.updatedAt());
        assertThat(empty.getPublishedDate().toInstant()).isEqualTo(NOW);
        assertThat(empty.getEntries()).isEmpty();
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rssFeedsNameTheirOwnAddressWithAtomLinkSelf() throws Exception {
        Document rss = xml(FeedFormat.RSS.write(builder(true).articles(RSS_HEAD, "https://x.test", List.of(ARTICLE))));

        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        Element self = (Element) channel.getElementsByTagNameNS(ATOM_NS, "link").item(0);
        assertThat(self).isNotNull();
        assertThat(self.getParentNode()).isEqualTo(channel);
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo("https://x.test/feed.xml");
        assertThat(self.getAttribute("type")).isEqualTo("application/rss+xml");
    }

    @Test
    void rssFeedsGiveTheirDatesAndLanguageOnceWithoutDublinCoreRepeats() throws Exception {
        Document rss = xml(FeedFormat.RSS.write(builder(true).articles(RSS_HEAD, "https://x.test", List.of(ARTICLE))));
        Document comments =
                xml(FeedFormat.RSS.write(builder(true).comments(RSS_HEAD, "https://x.test", List.of(COMMENT))));

        for (Document feed : List.of(rss, comments)) {
            assertThat(feed.getElementsByTagNameNS(DC_NS, "date").getLength()).isZero();
            assertThat(feed.getElementsByTagNameNS(DC_NS, "language").getLength())
                    .isZero();
            assertThat(feed.getElementsByTagName("language").getLength()).isEqualTo(1);
            assertThat(feed.getElementsByTagName("pubDate").getLength()).isEqualTo(2);
            assertThat(feed.getElementsByTagNameNS(DC_NS, "creator").getLength())
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void commentEntriesHaveADescriptionBesideTheirContent(FeedFormat format) throws Exception {
        SyndEntry entry = roundTrip(builder(true).comments(RSS_HEAD, "https://x.test", List.of(COMMENT)), format);
        Document xml = xml(format.write(builder(true).comments(RSS_HEAD, "https://x.test", List.of(COMMENT))));

        assertThat(entry.getDescription().getValue()).isEqualTo("First &amp; best<br>line two");
        assertThat(entry.getContents().get(0).getValue()).isEqualTo("First &amp; best<br>line two");
        String description = format == FeedFormat.RSS ? "description" : "summary";
        Element item = (Element) xml.getElementsByTagName(format == FeedFormat.RSS ? "item" : "entry")
                .item(0);
        assertThat(item.getElementsByTagName(description).getLength()).isEqualTo(1);
    }
}
