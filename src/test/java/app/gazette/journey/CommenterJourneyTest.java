package app.gazette.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A first-time commenter on a demo article without comments: a comment sent empty comes back
 * with messages and nothing typed lost; a real one waits for approval, an editor approves it in
 * the newsroom, and the article then shows it.
 */
@BrowserTest
class CommenterJourneyTest {

    private static final String ARTICLE = "Weekend weather: sunshine at last, but frost returns on Monday night";
    private static final String NAME = "Morwenna Tregear";
    private static final String EMAIL = "morwenna.tregear@example.org";
    private static final String COMMENT =
            "The frost caught my early potatoes last year.\nCovering them with fleece tonight!";

    @LocalServerPort
    int port;

    @Test
    void aFirstCommentIsCheckedWaitsForApprovalAndShowsOnceAnEditorApprovesIt() {
        try (Visitor reader = Visitor.desktop(port, "commenter");
                Visitor editor = Visitor.desktop(port, "commenter")) {
            reader.open("/");
            reader.follow(By.linkText(ARTICLE));
            String article = reader.path();
            assertThat(reader.text(By.id("comments-heading"))).isEqualTo("No comments:");

            reader.type(By.id("name"), NAME);
            reader.type(By.id("email"), EMAIL);
            reader.follow(By.cssSelector(".comment-form button[type=submit]"));
            assertThat(reader.status()).isEqualTo(400);
            assertThat(reader.text(By.cssSelector(".comment-form .error-summary")))
                    .isEqualTo("Please correct the marked fields: what you wrote is kept below.");
            assertThat(reader.text(By.id("body-error"))).isEqualTo("Please write a comment.");
            assertThat(reader.find(By.id("body")).getDomAttribute("aria-describedby"))
                    .isEqualTo("body-error");
            assertThat(reader.find(By.id("name")).getDomProperty("value")).isEqualTo(NAME);
            assertThat(reader.find(By.id("email")).getDomProperty("value")).isEqualTo(EMAIL);
            reader.snap("1-empty-comment");

            reader.type(By.id("body"), COMMENT);
            reader.follow(By.cssSelector(".comment-form button[type=submit]"));
            assertThat(reader.path()).isEqualTo(article + "?comment=held");
            assertThat(reader.text(By.cssSelector("#comments .notice")))
                    .isEqualTo("Your comment will be visible after approval.");
            assertThat(reader.text(By.id("comments-heading"))).isEqualTo("No comments:");
            assertThat(reader.all(By.cssSelector("li.comment"))).isEmpty();
            reader.snap("2-after-approval-notice");

            editor.signIn("admin", AppTest.ADMIN_PASSWORD);
            editor.follow(By.linkText("Comments"));
            By row = By.xpath("//tr[td[normalize-space()='" + EMAIL + "']]");
            assertThat(editor.find(row).getText()).contains(ARTICLE, NAME);
            editor.snap("3-moderation-queue");
            editor.follow(By.cssSelector("button[aria-label='Approve the comment by " + NAME + "']"));
            assertThat(editor.all(row)).isEmpty();
            editor.snap("4-approved-in-the-newsroom");

            reader.open(article);
            reader.reload(); // the browser may keep a reader page for a minute (Cache-Control: max-age=60)
            assertThat(reader.text(By.id("comments-heading"))).isEqualTo("1 comment:");
            assertThat(reader.text(By.cssSelector("li.comment .comment-author")))
                    .isEqualTo(NAME);
            assertThat(reader.text(By.cssSelector("li.comment .comment-body"))).isEqualTo(COMMENT);
            reader.snap("5-comment-shown");
        }
    }
}
