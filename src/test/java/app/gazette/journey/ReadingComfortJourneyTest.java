package app.gazette.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reading comfort on a 1366×900 desktop and a 375×812 phone, in light and dark: comfortable lines,
 * tables that scroll in their own box with whole words, date headers as the pattern writes them,
 * nothing wider than the screen, axe clean; and an article printed alone on one page.
 */
@BrowserTest
class ReadingComfortJourneyTest {

    private static final String JOURNEY = "reading-comfort";
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page\\b");

    @LocalServerPort
    int port;

    @Test
    void aDesktopReaderReadsLinesOfSixtyToSeventyFiveCharactersInLightAndDark() {
        try (Chromium chromium = Chromium.start(1366, 900)) {
            read(chromium.driver, "desktop");
            double measure = charactersPerLine(chromium.driver);
            assertThat(measure).as("characters per line").isBetween(60.0, 75.0);
        }
    }

    @Test
    void aPhoneReaderNeverScrollsSidewaysExceptInsideATable() {
        try (Chromium chromium = Chromium.start(1366, 900)) {
            chromium.driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
            read(chromium.driver, "phone");
            assertThat(chromium.driver.executeScript(
                            "return getComputedStyle(document.querySelector('.table-scroll')).overflowX"))
                    .as("the timetable's box scrolls what it cannot hold")
                    .isEqualTo("auto");
        }
    }

    @Test
    void aPrintedArticleIsTheArticleAloneOnOnePage() throws IOException {
        try (Chromium chromium = Chromium.start(1366, 900)) {
            ChromeDriver driver = chromium.driver;
            open(driver, "/search?q=bakery");
            open(
                    driver,
                    driver.findElement(By.cssSelector(".search-result .post-title a"))
                            .getDomAttribute("href"));
            String url = driver.getCurrentUrl();
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(shown(driver, ".masthead, .sidebar, .comments, .pager, .post-labels, .site-footer, form"))
                    .isEmpty();
            assertThat(shown(
                            driver,
                            "h1.post-title, .byline:not(.article-meta), .article-meta, .post .date-header, .post-body,"
                                    + " .print-url"))
                    .as("title, byline, reading time and update, date, text, address")
                    .hasSize(6);
            assertThat(driver.findElement(By.className("print-url")).getText())
                    .endsWith(url.replaceAll("^https?://[^/]+", ""));
            Screenshots.save(driver, JOURNEY, "print");

            Map<String, Object> pdf = driver.executeCdpCommand(
                    "Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", false));
            byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
            Path file = Screenshots.ROOT.resolve(JOURNEY).resolve("print.pdf");
            Files.write(file, bytes);
            long pages = PDF_PAGE.matcher(new String(bytes, StandardCharsets.ISO_8859_1))
                    .results()
                    .count();
            assertThat(pages).as("pages printed").isEqualTo(1);
        }
    }

    /** Home and the timetable article, light then dark: axe clean, nothing wider than the screen. */
    private void read(ChromeDriver driver, String viewport) {
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand(
                    "Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            open(driver, "/");
            assertThat(driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"))
                    .isEqualTo(scheme.equals("dark"));
            assertThat(driver.findElement(By.cssSelector("main .date-header")).getText())
                    .matches("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}");
            step(driver, viewport + "-" + scheme + "-home");
            open(driver, "/search?q=timetable");
            open(
                    driver,
                    driver.findElement(By.cssSelector(".search-result .post-title a"))
                            .getDomAttribute("href"));
            assertThat(driver.findElements(By.cssSelector(".post-body .table-scroll[tabindex='0'] > table")))
                    .hasSize(1);
            assertThat(brokenWords(driver))
                    .as("table cells' words broken across lines")
                    .isEmpty();
            step(driver, viewport + "-" + scheme + "-article");
        }
    }

    private void open(ChromeDriver driver, String path) {
        driver.get(path.startsWith("http") ? path : "http://localhost:" + port + path);
        Axe.check(driver, driver.getCurrentUrl());
    }

    private static void step(ChromeDriver driver, String name) {
        Screenshots.save(driver, JOURNEY, name);
        assertThat((Boolean) driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("%s is no wider than the viewport", name)
                .isTrue();
    }

    /** The elements matching {@code css} that take up room on the page. */
    private static List<WebElement> shown(ChromeDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    /** Each word of a table cell that the browser laid out on more than one line. */
    @SuppressWarnings("unchecked")
    private static List<String> brokenWords(ChromeDriver driver) {
        return (List<String>) driver.executeScript("""
                const broken = [];
                for (const cell of document.querySelectorAll('.post-body th, .post-body td')) {
                  const text = cell.firstChild;
                  if (!text || text.nodeType !== Node.TEXT_NODE) continue;
                  for (const word of text.data.matchAll(/\\S+/g)) {
                    const range = document.createRange();
                    range.setStart(text, word.index);
                    range.setEnd(text, word.index + word[0].length);
                    if (range.getClientRects().length > 1) broken.push(word[0]);
                  }
                }
                return broken;
                """);
    }

    /** The body's longest paragraph: its width over its text's average character width, in its font. */
    private static double charactersPerLine(ChromeDriver driver) {
        return ((Number) driver.executeScript("""
                        const p = [...document.querySelectorAll('.post-body > p')]
                          .sort((a, b) => b.textContent.length - a.textContent.length)[0];
                        const context = document.createElement('canvas').getContext('2d');
                        context.font = getComputedStyle(p).font;
                        const average = context.measureText(p.textContent).width / p.textContent.length;
                        return p.getBoundingClientRect().width / average;
                        """)).doubleValue();
    }
}
