package app.gazette.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (src/test/resources/axe, MPL-2.0) run in the page: {@link #check} fails on any serious or
 * critical violation, {@link #checkEvery} on any violation at all, listing each rule with the elements
 * it found.
 */
final class Axe {

    private static final String SCRIPT = read();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            const every = arguments[0];
            axe.run(document, { resultTypes: ['violations'] })
              .then(result => done(result.violations
                .filter(v => every || v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                  + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
              .catch(error => done(['axe failed: ' + error]));
            """;

    private Axe() {}

    static void check(JavascriptExecutor page, String where) {
        run(page, where, false);
    }

    static void checkEvery(JavascriptExecutor page, String where) {
        run(page, where, true);
    }

    private static void run(JavascriptExecutor page, String where, boolean every) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof axe !== 'undefined'"))) {
            page.executeScript(SCRIPT);
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.executeAsyncScript(RUN, every);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core on " + where + ":\n  " + String.join("\n  ", violations));
        }
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
