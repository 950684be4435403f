package app.gazette.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/** Whole-page PNGs of a journey's key pages, under target/screenshots/{journey}/{step}.png. */
final class Screenshots {

    static final Path ROOT = Path.of("target", "screenshots");

    private Screenshots() {}

    static void save(ChromeDriver driver, String journey, String step) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        double width = number(metrics, "cssLayoutViewport", "clientWidth");
        double height = Math.max(
                number(metrics, "cssContentSize", "height"), number(metrics, "cssLayoutViewport", "clientHeight"));
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path file = ROOT.resolve(journey).resolve(step + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static double number(Map<String, Object> metrics, String group, String name) {
        return ((Number) ((Map<String, Object>) metrics.get(group)).get(name)).doubleValue();
    }
}
