package app.gazette.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleAdmin;
import app.gazette.article.ArticleWriter;
import app.gazette.article.NewArticle;
import app.gazette.user.UserService;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader at the end of an article, on a laptop and on a phone: the reading time by the byline, share
 * links, and related stories to go on with, all within the screen's width (axe checks every page).
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleEndJourneyTest {

    static final String TITLE = "Harbour wall repairs begin before the spring tides";

    @LocalServerPort
    int port;

    @Autowired
    ArticleWriter writer;

    @Autowired
    ArticleAdmin admin;

    @Autowired
    UserService users;

    String permalink;

    @BeforeAll
    void articles() {
        long author = users.findOrCreateAuthor("harbour-desk", "Harbour Desk");
        Instant now = Instant.now();
        List<String> labels = List.of("Harbourwall", "Springtides");
        writer.create(new NewArticle(
                "Spring tides expected to top the quay at Harrowmere",
                null,
                "The harbour master advises boat owners.",
                labels,
                author,
                now.minusSeconds(3600)));
        writer.create(new NewArticle(
                "Council sets aside money for the harbour wall",
                null,
                "A long-awaited decision.",
                List.of("Harbourwall"),
                author,
                now.minusSeconds(7200)));
        long id = writer.create(new NewArticle(
                TITLE, null, "Work on the wall starts on Monday. ".repeat(200), labels, author, now.minusSeconds(60)));
        permalink = admin.edit(id, "admin").permalink();
    }

    @Test
    void onALaptop() {
        try (Visitor reader = Visitor.sized(port, "article-end", 1366, 900)) {
            readToTheEnd(reader, 1366);
        }
    }

    @Test
    void onAPhone() {
        try (Visitor reader = Visitor.phone(port, "article-end-phone")) {
            readToTheEnd(reader, Visitor.PHONE_WIDTH);
        }
    }

    private void readToTheEnd(Visitor reader, int width) {
        reader.open(permalink);
        assertThat(reader.viewportWidth()).isEqualTo(width);
        assertThat(reader.text(By.cssSelector(".article-meta .reading-time"))).isEqualTo("6 min read");
        assertThat(reader.all(By.cssSelector(".share-links a")))
                .extracting(WebElement::getText)
                .containsExactly("Email", "X", "Facebook", "LinkedIn", "WhatsApp", "Bluesky", "Mastodon");
        boolean canShare = (Boolean) reader.script("return typeof navigator.share === 'function'");
        assertThat(reader.script("return !document.querySelector('.share-device').hidden"))
                .isEqualTo(canShare);
        assertThat(reader.all(By.cssSelector(".related li .related-title")))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Spring tides expected to top the quay at Harrowmere",
                        "Council sets aside money for the harbour wall");
        assertThat(reader.scrollsSideways()).isFalse();
        assertThat(reader.script(WIDER_THAN_VIEWPORT)).asList().isEmpty();
        reader.snap("article-end");

        reader.follow(By.linkText("Council sets aside money for the harbour wall"));
        assertThat(reader.title()).startsWith("Council sets aside money for the harbour wall");
    }

    /** Elements reaching past the right edge of the viewport, by tag and class. */
    private static final String WIDER_THAN_VIEWPORT = """
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
                .filter(e => { const box = e.getBoundingClientRect(); return box.width > 0 && box.right > width + 0.5; })
                .map(e => e.tagName + '.' + e.className);
            """;
}
