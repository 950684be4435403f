package app.gazette.journey;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at one Chromium, on the app under test. Every page it arrives at is checked with axe
 * before the journey goes on; waits are explicit conditions, never sleeps.
 */
final class Visitor implements AutoCloseable {

    static final int DESKTOP_WIDTH = 1100;
    static final int PHONE_WIDTH = 375;
    static final int LAPTOP_WIDTH = 1366;

    private final Chromium chromium;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final String journey;

    private Visitor(Chromium chromium, int port, String journey) {
        this.chromium = chromium;
        this.driver = chromium.driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        this.base = "http://localhost:" + port;
        this.journey = journey;
    }

    /** A desktop browser, 1100×900. */
    static Visitor desktop(int port, String journey) {
        return new Visitor(Chromium.start(DESKTOP_WIDTH, 900), port, journey);
    }

    /** A laptop browser, 1366×900. */
    static Visitor laptop(int port, String journey) {
        return new Visitor(Chromium.start(LAPTOP_WIDTH, 900), port, journey);
    }

    /** A browser whose viewport is this many CSS pixels, such as a 1366×900 laptop. */
    static Visitor sized(int port, String journey, int width, int height) {
        return new Visitor(Chromium.start(width, height), port, journey);
    }

    /** A phone: a 375×812 mobile viewport that honours the pages' viewport meta tag. */
    static Visitor phone(int port, String journey) {
        Visitor phone = new Visitor(Chromium.start(DESKTOP_WIDTH, 900), port, journey);
        phone.driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 812, "deviceScaleFactor", 1, "mobile", true));
        return phone;
    }

    /** Types the address of a page of the site. */
    void open(String path) {
        driver.get(base + path);
        arrived();
    }

    /** Opens a page and reloads it, as a person does who saw it a moment ago. */
    void openAfresh(String path) {
        open(path);
        reload();
    }

    /** Reloads the page, as a person does to see what changed (reader pages may be cached a minute). */
    void reload() {
        markLeaving();
        driver.navigate().refresh();
        arrivedAtNewPage();
    }

    /** Clicks what leads to another page (a link, a submit button) and waits for that page. */
    void follow(WebElement target) {
        markLeaving();
        target.click();
        arrivedAtNewPage();
    }

    void follow(By target) {
        follow(find(target));
    }

    WebElement find(By what) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    List<WebElement> all(By what) {
        return driver.findElements(what);
    }

    String text(By what) {
        return find(what).getText();
    }

    void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Sets a field as its picker would (a date-time field's keys depend on the browser's locale)
     * and tells the page, as typing does.
     */
    void pick(By field, String value) {
        driver.executeScript(
                "arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', { bubbles: true }));"
                        + " arguments[0].dispatchEvent(new Event('change', { bubbles: true }));",
                find(field),
                value);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Waits longer than {@link #until}, for work the server does meanwhile (processing an upload). */
    <T> T until(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(condition);
    }

    /** Runs a script in the page, for what a test reads that a person sees (an image's pixels). */
    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /**
     * Drops a file from the desktop onto an element: WebDriver cannot drag an operating-system
     * file, so the page gets the events a drop makes, with a DataTransfer holding the file.
     * Returns whether the page took the drop (it cancelled the drop event).
     */
    boolean drop(By target, String fileName, String type, byte[] bytes) {
        return (Boolean) driver.executeScript(
                """
                const [target, name, type, base64] = arguments;
                const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
                const data = new DataTransfer();
                data.items.add(new File([bytes], name, { type }));
                const event = (kind) => new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: data });
                target.dispatchEvent(event('dragenter'));
                target.dispatchEvent(event('dragover'));
                const drop = event('drop');
                target.dispatchEvent(drop);
                return drop.defaultPrevented;
                """, find(target), fileName, type, Base64.getEncoder().encodeToString(bytes));
    }

    /** The path and query of the page shown. */
    String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    String title() {
        return driver.getTitle();
    }

    /** The HTTP status the page shown came with (Navigation Timing). */
    long status() {
        return ((Number) driver.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus"))
                .longValue();
    }

    /** Whether the page is wider than the viewport, so that a reader would scroll sideways. */
    boolean scrollsSideways() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    long viewportWidth() {
        return ((Number) driver.executeScript("return document.documentElement.clientWidth")).longValue();
    }

    /** Checks the page as it is now, for changes made without loading a page. */
    void checkAccessibility() {
        Axe.check(driver, driver.getCurrentUrl());
    }

    /** Saves a whole-page screenshot as target/screenshots/{journey}/{step}.png. */
    void snap(String step) {
        Screenshots.save(driver, journey, step);
    }

    /** Signs in on the newsroom's form; the next page is wherever it leads. */
    void signIn(String login, String password) {
        open("/login");
        type(By.id("username"), login);
        type(By.id("password"), password);
        follow(By.cssSelector("form.stacked button[type=submit]"));
    }

    void signOut() {
        follow(By.cssSelector(".admin-user button[type=submit]"));
    }

    /** Opens a second window of the same browser (same session) and switches to it. */
    String openWindow() {
        driver.switchTo().newWindow(WindowType.WINDOW);
        return driver.getWindowHandle();
    }

    String window() {
        return driver.getWindowHandle();
    }

    void switchTo(String window) {
        driver.switchTo().window(window);
    }

    @Override
    public void close() {
        chromium.close();
    }

    /** Marks the current document, so that its replacement can be told from it. */
    private void markLeaving() {
        driver.executeScript("document.gazetteLeaving = true");
    }

    /**
     * Waits for a fully loaded document without the mark. Chromium may answer a script or element
     * command with an error while it swaps documents; such answers mean "not yet".
     */
    private void arrivedAtNewPage() {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return document.readyState === 'complete' && document.gazetteLeaving !== true")));
        Axe.check(driver, driver.getCurrentUrl());
    }

    private void arrived() {
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
        Axe.check(driver, driver.getCurrentUrl());
    }
}
