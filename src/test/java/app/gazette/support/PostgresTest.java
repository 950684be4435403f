package app.gazette.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a @DataJpaTest class against a real PostgreSQL (see {@link PostgresCondition}): put it on a
 * subclass of the H2 test so the same tests run on both databases. Every such class keeps its own
 * context (and connection pool) open until the run ends, so pools are small: a server's 100
 * connections are shared with other runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
@AutoConfigureTestDatabase(replace = Replace.NONE)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:postgresql://${GAZETTE_TEST_PG_HOST:127.0.0.1:5432}/${gazette.test.pg-database}",
            "spring.datasource.username=${GAZETTE_TEST_PG_USER:postgres}",
            "spring.datasource.password=${GAZETTE_TEST_PG_PASSWORD:}",
            "spring.datasource.hikari.maximum-pool-size=4",
            "spring.datasource.hikari.minimum-idle=1"
        })
public @interface PostgresTest {}
