package app.gazette.syndication;

import app.gazette.article.FeedArticle;
import app.gazette.comment.FeedComment;
import app.gazette.shared.SiteFormats;
import app.gazette.site.SettingsService;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns articles and comments into ROME feeds with absolute links. Titles are plain text; bodies
 * are HTML (article bodies are sanitised at save time, plain text is escaped here); an article's
 * featured picture is an enclosure ({@link FeedPictures}).
 */
@Component
public class FeedBuilder {

    private final MessageSource messages;
    private final SiteFormats formats;
    private final SettingsService settings;
    private final FeedProperties properties;
    private final Clock clock;

    FeedBuilder(
            MessageSource messages,
            SiteFormats formats,
            SettingsService settings,
            FeedProperties properties,
            Clock clock) {
        this.messages = messages;
        this.formats = formats;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a feed is: its title, the page it stands for and its own address (absolute URLs). */
    public record Head(String title, String pageUrl, String selfUrl) {}

    public String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, formats.locale());
    }

    public String siteTitle() {
        return settings.current().siteTitle();
    }

    public SyndFeed articles(Head head, String base, List<FeedArticle> articles) {
        List<SyndEntry> entries = articles.stream()
                .map(article -> {
                    SyndEntry entry = entry(
                            article.title(),
                            base + article.permalink(),
                            article.authorName(),
                            article.publishedAt(),
                            article.updatedAt());
                    entry.setCategories(
                            article.labels().stream().map(FeedBuilder::category).toList());
                    entry.setDescription(html(HtmlUtils.htmlEscape(article.summary())));
                    if (properties.fullContent()) {
                        entry.setContents(List.of(html(FeedBodies.absolute(article.bodyHtml(), base))));
                    }
                    FeedPictures.attach(entry, article.featured(), base);
                    return entry;
                })
                .toList();
        return feed(head, entries, newest(articles, FeedArticle::updatedAt));
    }

    public SyndFeed comments(Head head, String base, List<FeedComment> comments) {
        List<SyndEntry> entries = comments.stream()
                .map(comment -> {
                    SyndEntry entry = entry(
                            message("feed.comment.title", comment.authorName(), comment.articleTitle()),
                            base + comment.articlePermalink() + "#c" + comment.id(),
                            comment.authorName(),
                            comment.createdAt(),
                            comment.createdAt());
                    String body = HtmlUtils.htmlEscape(comment.body()).replace("\n", "<br>");
                    entry.setDescription(html(body));
                    entry.setContents(List.of(html(body)));
                    return entry;
                })
                .toList();
        return feed(head, entries, newest(comments, FeedComment::createdAt));
    }

    private SyndFeed feed(Head head, List<SyndEntry> entries, Instant updated) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setTitle(head.title());
        String tagline = settings.current().tagline();
        feed.setDescription(tagline == null || tagline.isBlank() ? head.title() : tagline);
        feed.setLink(head.pageUrl());
        feed.setUri(head.selfUrl());
        feed.setLinks(List.of(link("alternate", head.pageUrl(), "text/html"), link("self", head.selfUrl(), null)));
        feed.setLanguage(formats.locale().toLanguageTag());
        feed.setPublishedDate(Date.from(updated));
        feed.setEntries(entries);
        return feed;
    }

    private static SyndEntry entry(String title, String url, String author, Instant published, Instant updated) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(title);
        entry.setLink(url);
        entry.setUri(url);
        entry.setAuthor(author);
        entry.setPublishedDate(Date.from(published));
        entry.setUpdatedDate(Date.from(updated));
        return entry;
    }

    /** The newest time of the entries; an empty feed is as new as now. */
    private <T> Instant newest(List<T> items, Function<T, Instant> time) {
        return items.stream().map(time).max(Comparator.naturalOrder()).orElseGet(clock::instant);
    }

    private static SyndContent html(String value) {
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(value);
        return content;
    }

    private static SyndCategory category(String label) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(label);
        return category;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
