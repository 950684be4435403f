package app.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Secrets live in the database: made once, then the same for every node. */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SiteSecretsTest {

    @Autowired
    SiteSecretRepository repository;

    @Autowired
    PlatformTransactionManager transactions;

    SiteSecrets node() {
        return new SiteSecrets(
                repository, transactions, Clock.fixed(Instant.parse("2019-02-09T10:15:00Z"), ZoneOffset.UTC));
    }

    @BeforeEach
    void emptyTable() {
        repository.deleteAll();
    }

    @Test
    void theFirstUseMakesARandomSecretThatEveryNodeThenReads() {
        String made = node().secret("comment-form");

        assertThat(Base64.getUrlDecoder().decode(made)).hasSize(32);
        assertThat(repository.count()).isOne();
        assertThat(node().secret("comment-form")).isEqualTo(made);
    }

    @Test
    void secretsOfDifferentNamesDiffer() {
        SiteSecrets secrets = node();

        assertThat(secrets.secret("one")).isNotEqualTo(secrets.secret("two"));
        assertThat(repository.count()).isEqualTo(2);
    }

    @Test
    void aNodeKeepsWhatItReadWithoutAskingTheDatabaseAgain() {
        SiteSecrets secrets = node();
        String first = secrets.secret("comment-form");
        repository.deleteAll();

        assertThat(secrets.secret("comment-form")).isEqualTo(first);
        assertThat(node().secret("comment-form")).isNotEqualTo(first);
    }
}
