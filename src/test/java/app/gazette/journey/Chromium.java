package app.gazette.journey;

import app.gazette.support.ChromiumCondition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/** Debian's headless Chromium driven by Debian's chromedriver, with a fresh profile deleted on quit. */
final class Chromium implements AutoCloseable {

    private final Path profile;
    final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** A browser whose window (and so viewport: headless has no toolbars) is this many CSS pixels. */
    static Chromium start(int width, int height) {
        return start(width, height, new ChromeOptions());
    }

    /** As {@link #start(int, int)}, with JavaScript off for every page (WebDriver's own scripts still run). */
    static Chromium withoutJavaScript(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        return start(width, height, options);
    }

    private static Chromium start(int width, int height, ChromeOptions options) {
        Path profile = temporaryProfile();
        options.setBinary(ChromiumCondition.CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=en-GB",
                "--hide-scrollbars",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumCondition.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new Chromium(profile, driver);
        } catch (RuntimeException e) {
            FileSystemUtils.deleteRecursively(profile.toFile());
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("gazette-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
