package app.gazette.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.label.LabelService;
import app.gazette.site.SiteSections;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The top menu of sections an admin chose: on a phone with JavaScript off it opens and its links
 * lead to the label pages; on a wide screen it is always shown. Breadcrumbs and the footer's
 * sign-in link on the way; axe on every page and state (where JavaScript runs).
 */
@BrowserTest
class NavigationJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    SiteSections sections;

    @Autowired
    LabelService labels;

    List<String> chosen;

    @BeforeEach
    void chooseSections() {
        List<String> names = labels.names();
        chosen = List.of(names.get(2), names.get(0), names.get(1));
        sections.choose(chosen);
    }

    @AfterEach
    void noSections() {
        sections.choose(List.of());
    }

    @Test
    void onAPhoneWithoutJavaScriptTheMenuOpensAndItsLinksLeadToTheLabels() {
        try (Chromium chromium = Chromium.withoutJavaScript(375, 812)) {
            ChromeDriver phone = chromium.driver;
            phone.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
            open(phone, "/");
            assertThat(phone.executeScript("return document.documentElement.clientWidth"))
                    .isEqualTo(375L);
            WebElement menu = phone.findElement(By.cssSelector("nav.sections details"));
            assertThat(menu.getDomAttribute("open")).isNull();
            assertThat(phone.findElement(By.cssSelector(".sections-flat")).isDisplayed())
                    .isFalse();
            assertThat(menu.findElement(By.tagName("a")).isDisplayed()).isFalse();
            Screenshots.save(phone, "navigation-phone", "menu-closed");

            menu.findElement(By.tagName("summary")).click();
            new WebDriverWait(phone, Duration.ofSeconds(5)).until(d -> menu.getDomAttribute("open") != null);
            List<WebElement> links = menu.findElements(By.tagName("a"));
            assertThat(links).extracting(WebElement::getText).containsExactlyElementsOf(chosen);
            assertThat(links).allMatch(WebElement::isDisplayed);
            assertThat(scrollsSideways(phone)).isFalse();
            Screenshots.save(phone, "navigation-phone", "menu-open");

            links.get(1).click();
            new WebDriverWait(phone, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().contains("/label/"));
            assertThat(phone.findElement(By.cssSelector("h1.list-heading")).getText())
                    .isEqualTo("Posts with the label " + chosen.get(1));

            phone.findElement(By.cssSelector("main .post-title a")).click();
            new WebDriverWait(phone, Duration.ofSeconds(15))
                    .until(d ->
                            !d.findElements(By.cssSelector("nav.breadcrumbs")).isEmpty());
            assertThat(phone.findElements(By.cssSelector("nav.breadcrumbs li")))
                    .hasSize(3)
                    .first()
                    .extracting(WebElement::getText)
                    .isEqualTo("Home");
            assertThat(scrollsSideways(phone)).isFalse();
            Screenshots.save(phone, "navigation-phone", "article");

            phone.findElement(By.cssSelector(".site-footer a.sign-in")).click();
            new WebDriverWait(phone, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().endsWith("/login"));
        }
    }

    /** axe runs as a script, so the phone's menu is checked again in a browser with JavaScript on. */
    @Test
    void onAPhoneTheMenuClosedAndOpenAndTheBreadcrumbsHaveNoAxeViolation() {
        try (Chromium chromium = Chromium.start(1100, 900)) {
            ChromeDriver phone = chromium.driver;
            phone.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
            open(phone, "/");
            Axe.check(phone, "phone menu closed");
            phone.findElement(By.cssSelector("nav.sections summary")).click();
            assertThat(phone.findElement(By.cssSelector("nav.sections details a"))
                            .isDisplayed())
                    .isTrue();
            Axe.check(phone, "phone menu open");
            open(phone, phone.findElement(By.cssSelector("main .post-title a")).getDomAttribute("href"));
            assertThat(phone.findElements(By.cssSelector("nav.breadcrumbs li"))).hasSizeBetween(2, 3);
            Axe.check(phone, "phone article page");
        }
    }

    @Test
    void onAWideScreenTheMenuIsAlwaysShown() {
        try (Chromium chromium = Chromium.start(1366, 900)) {
            ChromeDriver desktop = chromium.driver;
            open(desktop, "/");
            assertThat(desktop.findElement(By.cssSelector("nav.sections details"))
                            .isDisplayed())
                    .isFalse();
            List<WebElement> links = desktop.findElements(By.cssSelector(".sections-flat a"));
            assertThat(links).extracting(WebElement::getText).containsExactlyElementsOf(chosen);
            assertThat(links).allMatch(WebElement::isDisplayed);
            assertThat(links.stream().map(link -> link.getLocation().getY()).distinct())
                    .hasSize(1);
            Axe.check(desktop, "desktop home");
            assertThat(scrollsSideways(desktop)).isFalse();
            Screenshots.save(desktop, "navigation-desktop", "home");

            links.get(0).click();
            new WebDriverWait(desktop, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().contains("/label/"));
            assertThat(desktop.findElement(By.cssSelector("h1.list-heading")).getText())
                    .isEqualTo("Posts with the label " + chosen.get(0));
            Axe.check(desktop, "desktop label page");
        }
    }

    private void open(ChromeDriver driver, String path) {
        driver.get("http://localhost:" + port + path);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    private static boolean scrollsSideways(ChromeDriver driver) {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }
}
