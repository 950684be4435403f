package app.gazette.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests when a server answers; skips them with a clear message on a machine
 * without one, except in CI (CI=true) or with -Dgazette.require-postgres=true, where skipping
 * would hide a failure. Creates the test database afresh once per test run and drops it at exit.
 */
public class PostgresCondition implements ExecutionCondition {

    static final String HOST = env("GAZETTE_TEST_PG_HOST", "127.0.0.1:5432");
    /** One database per test JVM unless named: parallel runs on one machine do not collide. */
    static final String DATABASE = env(
            "GAZETTE_TEST_PG_DATABASE",
            "gazette_test_" + ProcessHandle.current().pid());

    static final String USER = env("GAZETTE_TEST_PG_USER", "postgres");

    private static Boolean available;
    private static boolean warned;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (isAvailable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + HOST);
        }
        if (required()) {
            throw new IllegalStateException("PostgreSQL tests are required here (CI) but no PostgreSQL answers at "
                    + HOST + " as user " + USER);
        }
        String reason = "PostgreSQL not reachable at " + HOST + " (user " + USER
                + "): PostgreSQL tests skipped. Start PostgreSQL or see README to run them.";
        warnOnce(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    private static synchronized void warnOnce(String reason) {
        if (!warned) {
            warned = true;
            System.err.println("[gazette] " + reason);
        }
    }

    private static synchronized boolean isAvailable() {
        if (available == null) {
            available = recreateDatabase();
        }
        return available;
    }

    private static boolean recreateDatabase() {
        try (Connection admin = DriverManager.getConnection(
                        "jdbc:postgresql://" + HOST + "/postgres",
                        USER,
                        System.getenv().getOrDefault("GAZETTE_TEST_PG_PASSWORD", ""));
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
            System.setProperty("gazette.test.pg-database", DATABASE);
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresCondition::dropDatabase));
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void dropDatabase() {
        try (Connection admin = DriverManager.getConnection(
                        "jdbc:postgresql://" + HOST + "/postgres",
                        USER,
                        System.getenv().getOrDefault("GAZETTE_TEST_PG_PASSWORD", ""));
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // the next run drops it
        }
    }

    private static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("gazette.require-postgres");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
