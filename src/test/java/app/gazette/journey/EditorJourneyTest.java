package app.gazette.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.shared.SiteFormats;
import app.gazette.support.AppTest;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor's article from first words to the home page: Markdown with a live preview, a draft,
 * a schedule, publishing now; then the same article saved from two windows, where the second
 * save gets the conflict page with its text kept.
 */
@BrowserTest
class EditorJourneyTest {

    private static final String TITLE = "Quayside flood wall finished a month early";
    private static final String BODY =
            "The **new wall** on the quayside is finished.\n\n- 400 metres long\n- 1.2 metres high";

    @LocalServerPort
    int port;

    @Autowired
    SiteFormats formats;

    @Autowired
    Clock clock;

    @Test
    void writesPreviewsDraftsSchedulesPublishesAndKeepsTheTextOfAConflictingSave() {
        try (Visitor editor = Visitor.desktop(port, "editor")) {
            editor.signIn("admin", AppTest.ADMIN_PASSWORD);
            assertThat(editor.path()).isEqualTo("/admin");
            editor.follow(By.linkText("Write"));
            editor.type(By.id("title"), TITLE);
            editor.type(By.id("labels"), "Weather, Council");
            editor.type(By.id("body"), BODY);
            editor.until(ExpectedConditions.textToBe(By.cssSelector("#preview strong"), "new wall"));
            assertThat(editor.all(By.cssSelector("#preview ul li")))
                    .extracting(e -> e.getText())
                    .containsExactly("400 metres long", "1.2 metres high");
            editor.checkAccessibility();
            editor.snap("1-live-preview");

            editor.follow(By.cssSelector("button[value=save]"));
            assertThat(editor.text(By.cssSelector("main .notice"))).isEqualTo("Saved.");
            assertThat(editor.find(By.cssSelector(".status-draft")).isDisplayed())
                    .isTrue();
            String edit = editor.path();
            assertThat(edit).matches("/admin/articles/\\d+/edit");
            assertNotOnTheHomePage(editor);

            editor.open(edit);
            String tomorrow = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                    .format(clock.instant().plus(Duration.ofDays(1)).atZone(formats.zone()));
            editor.pick(By.id("publishAt"), tomorrow);
            editor.follow(By.cssSelector("button[value=schedule]"));
            assertThat(editor.text(By.cssSelector("main .notice"))).isEqualTo("Scheduled.");
            assertThat(editor.find(By.cssSelector(".status-scheduled")).isDisplayed())
                    .isTrue();
            assertThat(editor.find(By.id("publishAt")).getDomProperty("value")).isEqualTo(tomorrow);
            editor.snap("2-scheduled");
            assertNotOnTheHomePage(editor);

            editor.open(edit);
            editor.pick(By.id("publishAt"), "");
            editor.follow(By.cssSelector("button[value=publish]"));
            assertThat(editor.text(By.cssSelector("main .notice"))).isEqualTo("Published.");
            assertThat(editor.find(By.cssSelector(".status-published")).isDisplayed())
                    .isTrue();
            String today = formats.dateHeader(formats.dayOf(clock.instant()));
            editor.openAfresh("/");
            assertThat(editor.find(By.cssSelector("main h2.date-header"))
                            .getDomProperty("textContent")
                            .strip())
                    .isEqualTo(today);
            assertThat(editor.text(By.cssSelector("main article.entry .post-title")))
                    .isEqualTo(TITLE);
            editor.snap("3-published-on-the-home-page");

            editor.open(edit);
            String first = editor.window();
            String second = editor.openWindow();
            editor.open(edit);
            editor.switchTo(first);
            editor.type(By.id("body"), BODY + "\n\nIt cost £2.1m.");
            editor.follow(By.cssSelector("button[value=save]"));
            assertThat(editor.text(By.cssSelector("main .notice"))).isEqualTo("Saved.");

            editor.switchTo(second);
            String mine = BODY + "\n\nThe council opens it on Friday.";
            editor.type(By.id("body"), mine);
            editor.follow(By.cssSelector("button[value=save]"));
            assertThat(editor.status()).isEqualTo(409);
            assertThat(editor.text(By.cssSelector(".conflict strong")))
                    .isEqualTo("Someone else saved this article while you were editing.");
            assertThat(editor.find(By.id("body")).getDomProperty("value")).isEqualTo(mine);
            editor.snap("4-edit-conflict");
        }
    }

    private static void assertNotOnTheHomePage(Visitor editor) {
        editor.openAfresh("/");
        assertThat(editor.all(By.linkText(TITLE))).isEmpty();
        assertThat(editor.all(By.cssSelector("main article.entry"))).isNotEmpty();
    }
}
