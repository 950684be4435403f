package app.gazette.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader on the demo site: the home page by day, older posts, an article, one of its labels, a
 * month from the archive, a search and an author's page; on a desktop and on a phone.
 */
@BrowserTest
class ReaderJourneyTest {

    /** As on the sample page: "Saturday 9 February 2019", in the site's zone (UTC) and language. */
    private static final DateTimeFormatter HEADER =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    @LocalServerPort
    int port;

    @Test
    void readsByDayLabelMonthSearchAndAuthorOnADesktop() {
        try (Visitor reader = Visitor.desktop(port, "reader")) {
            read(reader, Visitor.DESKTOP_WIDTH);
        }
    }

    @Test
    void readsTheSameWayOnAPhoneWithoutScrollingSideways() {
        try (Visitor reader = Visitor.phone(port, "reader-phone")) {
            read(reader, Visitor.PHONE_WIDTH);
        }
    }

    private void read(Visitor reader, int width) {
        reader.open("/");
        assertThat(reader.viewportWidth()).isEqualTo(width);
        step(reader, "home");
        List<String> headers = dateHeaders(reader);
        assertThat(headers)
                .hasSizeGreaterThan(1)
                .allMatch(h -> h.matches("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}"));
        assertThat(reader.all(By.cssSelector("main article.entry"))).hasSizeGreaterThan(headers.size());
        List<String> newer = titles(reader);

        reader.follow(By.linkText("Older posts"));
        assertThat(reader.path()).startsWith("/?before=");
        step(reader, "older-posts");
        assertThat(dateHeaders(reader)).isNotEmpty();
        assertThat(titles(reader)).isNotEmpty().doesNotContainAnyElementsOf(newer);

        WebElement commented = reader.all(By.cssSelector("main article.entry")).stream()
                .max(Comparator.comparingInt(ReaderJourneyTest::commentCount))
                .orElseThrow();
        String title = commented.findElement(By.cssSelector(".post-title a")).getText();
        String comments = commented.findElement(By.className("comment-link")).getText();
        int count = commentCount(commented);
        reader.follow(commented.findElement(By.cssSelector(".post-title a")));
        assertThat(reader.text(By.cssSelector("h1.post-title"))).isEqualTo(title);
        assertThat(reader.title()).startsWith(title);
        assertThat(reader.text(By.id("comments-heading"))).isEqualTo(comments + ":");
        assertThat(reader.all(By.cssSelector("li.comment"))).hasSize(count).hasSizeGreaterThan(1);
        assertThat(reader.find(By.id("post-a-comment")).isDisplayed()).isTrue();
        step(reader, "article");

        String label = reader.text(By.cssSelector(".post .post-labels a"));
        reader.follow(By.cssSelector(".post .post-labels a"));
        assertThat(reader.text(By.cssSelector("h1.list-heading"))).isEqualTo("Posts with the label " + label);
        assertThat(reader.all(By.cssSelector("main article.entry")))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.findElements(By.cssSelector(".post-labels a")))
                        .extracting(WebElement::getText)
                        .contains(label));
        dateHeaders(reader);
        step(reader, "label");

        List<WebElement> months = reader.all(By.cssSelector(".archive details[open] li"));
        WebElement month = months.get(months.size() - 1);
        String monthName = month.findElement(By.tagName("a")).getText();
        int posts = Integer.parseInt(
                month.findElement(By.className("count")).getText().replaceAll("\\D", ""));
        reader.follow(month.findElement(By.tagName("a")));
        assertThat(reader.text(By.cssSelector("h1.list-heading"))).isEqualTo("Posts from " + monthName);
        assertThat(dateHeaders(reader)).allMatch(h -> h.endsWith(monthName));
        assertThat(reader.all(By.cssSelector("main article.entry"))).hasSize(Math.min(posts, 10));
        step(reader, "archive-month");

        reader.type(By.id("search-q"), "bakery");
        reader.follow(By.cssSelector(".search-form button"));
        assertThat(reader.path()).isEqualTo("/search?q=bakery");
        assertThat(reader.text(By.cssSelector("h1.list-heading"))).isEqualTo("Search results for \u201cbakery\u201d");
        assertThat(reader.text(By.cssSelector(".search-result .snippet mark"))).isEqualToIgnoringCase("bakery");
        step(reader, "search");

        reader.follow(By.cssSelector(".search-result .post-title a"));
        String author = reader.text(By.cssSelector("a[rel=author]")).replace("Posted by ", "");
        reader.follow(By.cssSelector("a[rel=author]"));
        assertThat(reader.text(By.cssSelector("h1.list-heading"))).isEqualTo("Posts by " + author);
        assertThat(reader.all(By.cssSelector("main article.entry .byline")))
                .isNotEmpty()
                .allSatisfy(byline -> assertThat(byline.getText()).startsWith("Posted by " + author));
        step(reader, "author");
    }

    private static List<String> titles(Visitor reader) {
        return reader.all(By.cssSelector("main .post-title a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The number in an entry's "3 comments" link (0 for "No comments"). */
    private static int commentCount(WebElement entry) {
        String link = entry.findElement(By.className("comment-link")).getText();
        return link.matches("\\d+ .*") ? Integer.parseInt(link.split(" ")[0]) : 0;
    }

    /** A screenshot, and no page may make a reader scroll sideways. */
    private static void step(Visitor reader, String name) {
        reader.snap(name);
        assertThat(reader.scrollsSideways())
                .as("%s scrolls sideways", reader.path())
                .isFalse();
    }

    /**
     * The page's date headers, checked as a reader reads them: one per day, in the sample's form,
     * each above that day's articles only.
     */
    private static List<String> dateHeaders(Visitor reader) {
        List<String> headers = new ArrayList<>();
        for (WebElement element : reader.all(By.cssSelector("main h2.date-header, main article.entry"))) {
            if (element.getTagName().equals("h2")) {
                String header = element.getDomProperty("textContent").strip();
                assertThat(headers).doesNotContain(header);
                headers.add(header);
            } else {
                Instant at = Instant.parse(
                        element.findElement(By.cssSelector(".byline time")).getDomAttribute("datetime"));
                assertThat(headers).isNotEmpty().last().isEqualTo(HEADER.format(at));
            }
        }
        return headers;
    }
}
