package app.gazette.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests when Debian's Chromium and its chromedriver are installed; skips them with a
 * clear message otherwise, except in CI (CI=true) or with -Dgazette.require-browser=true, where
 * skipping would hide a failure. Never downloads a browser or a driver.
 */
public class ChromiumCondition implements ExecutionCondition {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static boolean warned;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }
        if (required()) {
            throw new IllegalStateException("Browser tests are required here (CI) but " + CHROMIUM + " or "
                    + CHROMEDRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        String reason = CHROMIUM + " or " + CHROMEDRIVER + " missing: browser tests skipped. Install Debian's"
                + " chromium and chromium-driver to run them, or skip them on purpose with -DexcludedGroups=browser.";
        warnOnce(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    private static synchronized void warnOnce(String reason) {
        if (!warned) {
            warned = true;
            System.err.println("[gazette] " + reason);
        }
    }

    private static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("gazette.require-browser");
    }
}
