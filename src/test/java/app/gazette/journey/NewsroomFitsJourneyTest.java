package app.gazette.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin goes through every newsroom page on a laptop and on a phone: nothing is wider than the
 * screen, table headers and states keep their words on one line (phones get one card per row),
 * bulk moderation waits for a ticked comment and row buttons stand apart. axe checks each page.
 */
@BrowserTest
class NewsroomFitsJourneyTest {

    private static final List<String> PAGES = List.of(
            "/admin",
            "/admin/articles",
            "/admin/articles/new",
            "/admin/comments?status=approved",
            "/admin/users",
            "/admin/settings",
            "/admin/account",
            "/admin/media",
            "/admin/import",
            "/admin/backup");

    /** Elements reaching past the viewport's right edge, apart from clipped (visually hidden) ones. */
    private static final String TOO_WIDE = """
            const width = document.documentElement.clientWidth;
            const clipped = (e) => {
              for (let a = e; a; a = a.parentElement) {
                const s = getComputedStyle(a);
                if (s.position === 'absolute' && s.clip !== 'auto') return true;
              }
              return false;
            };
            return Array.from(document.querySelectorAll('body *'))
              .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1; })
              .filter((e) => !clipped(e))
              .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + e.className);
            """;

    /** Visible headers and states whose text takes more than one line (a header only for screen readers is 1 px). */
    private static final String BROKEN_WORDS = """
            return Array.from(document.querySelectorAll('main th:not(:has(.visually-hidden)), main .status'))
              .filter((e) => e.getBoundingClientRect().width > 1 && e.textContent.trim())
              .filter((e) => {
                const range = document.createRange();
                range.selectNodeContents(e);
                const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
                return tops.size > 1 || e.scrollWidth > e.clientWidth;
              })
              .map((e) => e.textContent.trim());
            """;

    @LocalServerPort
    int port;

    @Test
    void onALaptopEveryNewsroomPageFitsAndHeadersStayOnOneLine() {
        try (Visitor admin = Visitor.laptop(port, "newsroom-laptop")) {
            visit(admin, Visitor.LAPTOP_WIDTH);
            admin.open("/admin/articles");
            assertThat(admin.all(By.cssSelector("main th")))
                    .extracting(WebElement::getText)
                    .contains("Status", "Comments");
        }
    }

    @Test
    void onAPhoneRowsBecomeLabelledCardsAndNothingScrollsSideways() {
        try (Visitor admin = Visitor.phone(port, "newsroom-phone")) {
            visit(admin, Visitor.PHONE_WIDTH);
            admin.open("/admin/articles");
            WebElement title = admin.find(By.cssSelector("main tbody tr td"));
            assertThat(admin.script("return getComputedStyle(arguments[0], '::before').content", title))
                    .isEqualTo("\"Title\"");
            assertThat(admin.all(By.cssSelector("main td.low"))).allMatch(cell -> !cell.isDisplayed());
        }
    }

    private void visit(Visitor admin, int width) {
        admin.signIn("admin", AppTest.ADMIN_PASSWORD);
        for (String page : PAGES) {
            admin.open(page);
            assertThat(admin.viewportWidth()).isEqualTo(width);
            assertThat(admin.scrollsSideways()).as(page).isFalse();
            assertThat((List<?>) admin.script(TOO_WIDE)).as(page).isEmpty();
            assertThat((List<?>) admin.script(BROKEN_WORDS)).as(page).isEmpty();
            admin.snap(page.substring(1).replaceAll("[^a-z]+", "-"));
        }
        admin.open("/admin/articles/new");
        assertThat(admin.text(By.cssSelector("label[for=publishAt]"))).contains("UTC");
        admin.script("const f = document.getElementById('publishAt'); f.value = '2019-02-09T10:15';"
                + " f.dispatchEvent(new Event('input'));");
        assertThat(admin.text(By.id("publishAt-reads")))
                .as("the publish time as the site writes dates, whatever the browser's field shows")
                .isEqualTo("Saturday 9 February 2019, 10:15");
        bulkButtonsWaitForATick(admin);
    }

    private static void bulkButtonsWaitForATick(Visitor admin) {
        admin.open("/admin/comments?status=approved");
        List<WebElement> bulk = admin.all(By.cssSelector("[data-bulk] button"));
        assertThat(bulk).isNotEmpty().noneMatch(WebElement::isEnabled);
        WebElement tick = admin.find(By.cssSelector("main input[name=ids]"));
        tick.click();
        assertThat(bulk).allMatch(WebElement::isEnabled);
        admin.checkAccessibility();
        tick.click();
        assertThat(bulk).noneMatch(WebElement::isEnabled);

        List<WebElement> row = admin.all(By.cssSelector("main tbody tr:first-child .row-actions > *"));
        assertThat(row).hasSizeGreaterThan(1).allSatisfy(target -> {
            assertThat(target.getRect().getWidth()).as(target.getText()).isGreaterThanOrEqualTo(24);
            assertThat(target.getRect().getHeight()).as(target.getText()).isGreaterThanOrEqualTo(24);
        });
        for (int i = 1; i < row.size(); i++) {
            var before = row.get(i - 1).getRect();
            var after = row.get(i).getRect();
            boolean sameLine = after.getY() < before.getY() + before.getHeight();
            int space = sameLine
                    ? after.getX() - (before.getX() + before.getWidth())
                    : after.getY() - (before.getY() + before.getHeight());
            assertThat(space).as("space before " + row.get(i).getText()).isGreaterThanOrEqualTo(8);
        }
    }
}
