package app.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Flyway builds the schema that the entities validate against (ddl-auto=validate). */
@DataJpaTest
class SchemaMigrationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationAppliesAndCreatesTheTables() {
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied)
                .isNotEmpty()
                .allMatch(
                        info -> info.getState().isApplied() && !info.getState().isFailed());
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(Arrays.stream(applied).map(MigrationInfo::getScript))
                .allMatch(script -> script.matches("V\\d+__[a-z]+(_[a-z]+)*\\.sql"));
        List<String> tables = jdbc.queryForList(
                "select lower(table_name) from information_schema.tables where lower(table_schema) = 'public' "
                        + "and lower(table_name) in "
                        + "('users', 'articles', 'labels', 'article_labels', 'comments')",
                String.class);
        assertThat(tables).containsExactlyInAnyOrder("users", "articles", "labels", "article_labels", "comments");
    }

    @Test
    void checkConstraintsRefuseUnknownStatuses() {
        org.junit.jupiter.api.Assertions.assertThrows(
                org.springframework.dao.DataIntegrityViolationException.class,
                () -> jdbc.update("insert into users (username, display_name, role, enabled, created_at) "
                        + "values ('x', 'X', 'KING', true, current_timestamp)"));
    }
}
