package app.gazette.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The W3C Nu HTML Checker (npm package vnu-jar, run on this JDK). Its jar is found at
 * -Dgazette.vnu-jar, $GAZETTE_VNU_JAR or where .ci/run installs it
 * (~/.cache/gazette/vnu/node_modules/vnu-jar/build/dist/vnu.jar). Tests using it are skipped with a
 * clear message when it is missing, except in CI (CI=true) or with -Dgazette.require-vnu=true,
 * where skipping would hide a failure.
 */
public class NuHtmlChecker implements ExecutionCondition {

    static final Path DEFAULT_JAR =
            Path.of(System.getProperty("user.home"), ".cache/gazette/vnu/node_modules/vnu-jar/build/dist/vnu.jar");

    private static boolean warned;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path jar = jar();
        if (Files.isRegularFile(jar)) {
            return ConditionEvaluationResult.enabled("Nu HTML Checker at " + jar);
        }
        if (required()) {
            throw new IllegalStateException("The Nu HTML Checker is required here (CI) but " + jar
                    + " is missing: bash .ci/run installs it, or set GAZETTE_VNU_JAR");
        }
        String reason = "Nu HTML Checker missing at " + jar + ": HTML validation skipped. Install it with"
                + " `npm install --prefix ~/.cache/gazette/vnu vnu-jar` or point GAZETTE_VNU_JAR at vnu.jar.";
        warnOnce(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    public static Path jar() {
        String configured = System.getProperty("gazette.vnu-jar", System.getenv("GAZETTE_VNU_JAR"));
        return configured == null || configured.isBlank() ? DEFAULT_JAR : Path.of(configured);
    }

    /** Checks the files in one run of the checker: every error as "file:line: message", none when valid. */
    public static List<String> errors(List<Path> files) throws IOException, InterruptedException {
        Path report = Files.createTempFile("vnu", ".json");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar().toString(),
                "--errors-only",
                "--format",
                "json"));
        files.forEach(file -> command.add(file.toString()));
        Process vnu = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(report.toFile())
                .start();
        if (!vnu.waitFor(5, TimeUnit.MINUTES)) {
            vnu.destroyForcibly();
            throw new IllegalStateException("the Nu HTML Checker did not finish in 5 minutes");
        }
        JsonNode messages =
                JsonMapper.builder().build().readTree(report.toFile()).path("messages");
        Files.delete(report);
        List<String> errors = new ArrayList<>();
        for (JsonNode message : messages) {
            String url = message.path("url").asString("");
            errors.add(url.substring(url.lastIndexOf('/') + 1) + ":"
                    + message.path("lastLine").asInt() + ": "
                    + message.path("message").asString("") + " ["
                    + message.path("extract").asString("").strip() + "]");
        }
        return errors;
    }

    private static synchronized void warnOnce(String reason) {
        if (!warned) {
            warned = true;
            System.err.println("[gazette] " + reason);
        }
    }

    private static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("gazette.require-vnu");
    }
}
