package app.gazette.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.AppTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page type a reader or the newsroom opens, on a 1366×900 laptop and a 375×812 phone, readers'
 * pages in light and dark: no axe violation of any impact, nothing wider than the screen.
 */
@BrowserTest
class EveryPageAccessibleJourneyTest {

    private static final List<String> SCHEMES = List.of("light", "dark");

    @LocalServerPort
    int port;

    @Test
    void everyReaderPageOnALaptopInLightAndDark() {
        try (Chromium chromium = Chromium.start(Visitor.LAPTOP_WIDTH, 900)) {
            for (String scheme : SCHEMES) {
                check(chromium.driver, scheme, readerPages(chromium.driver));
            }
        }
    }

    @Test
    void everyReaderPageOnAPhoneInLightAndDark() {
        try (Chromium chromium = phone()) {
            for (String scheme : SCHEMES) {
                check(chromium.driver, scheme, readerPages(chromium.driver));
            }
        }
    }

    @Test
    void everyNewsroomPageOnALaptopAndAPhone() {
        for (boolean onPhone : List.of(false, true)) {
            try (Chromium chromium = onPhone ? phone() : Chromium.start(Visitor.LAPTOP_WIDTH, 900)) {
                ChromeDriver driver = chromium.driver;
                driver.get(url("/login"));
                driver.findElement(By.id("username")).sendKeys("admin");
                driver.findElement(By.id("password")).sendKeys(AppTest.ADMIN_PASSWORD);
                driver.findElement(By.cssSelector("form.stacked button[type=submit]"))
                        .click();
                check(driver, "light", newsroomPages(driver));
            }
        }
    }

    /** One page of each kind readers reach, found by following the site's own links. */
    private List<String> readerPages(ChromeDriver driver) {
        driver.get(url("/"));
        List<String> pages =
                new ArrayList<>(List.of("/", "/login", "/search?q=the", "/search?q=zqxj", "/no-such-page"));
        pages.add(href(driver, "main .post-title a"));
        pages.add(href(driver, ".post-labels a, .sections a"));
        pages.add(href(driver, ".archive a[href*='/20']"));
        driver.get(url(pages.get(5)));
        pages.add(href(driver, ".post-author a, a[rel=author]"));
        pages.add("/" + driver.getCurrentUrl().split("/")[3]);
        return pages;
    }

    private List<String> newsroomPages(ChromeDriver driver) {
        driver.get(url("/admin/articles?status=published"));
        String edit = href(driver, "a[href$='/edit']");
        return List.of(
                "/admin",
                "/admin/articles",
                "/admin/articles?status=draft",
                "/admin/articles/new",
                edit,
                edit.replace("/edit", "/revisions"),
                "/admin/comments",
                "/admin/comments?status=approved",
                "/admin/media",
                "/admin/users",
                "/admin/users/new",
                "/admin/settings",
                "/admin/backup",
                "/admin/import",
                "/admin/account");
    }

    private void check(ChromeDriver driver, String scheme, List<String> pages) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        for (String page : pages) {
            driver.get(page.startsWith("http") ? page : url(page));
            String where = scheme + " " + driver.getCurrentUrl();
            Axe.checkEvery(driver, where);
            assertThat((Boolean)
                            driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("%s is no wider than the viewport", where)
                    .isTrue();
        }
    }

    private static String href(ChromeDriver driver, String css) {
        return driver.findElement(By.cssSelector(css)).getDomAttribute("href");
    }

    private static Chromium phone() {
        Chromium chromium = Chromium.start(Visitor.LAPTOP_WIDTH, 900);
        chromium.driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", Visitor.PHONE_WIDTH, "height", 812, "deviceScaleFactor", 1, "mobile", true));
        return chromium;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
