package app.gazette.backup;

import static app.gazette.backup.TestSite.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.PostgresTest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The same round trips on PostgreSQL, whose snapshot also holds the search columns the triggers
 * keep (label names, search vector): search finds restored articles by body and label.
 */
@PostgresTest
class BackupRoundTripPostgresTest extends BackupRoundTripTest {

    @Test
    void searchFindsRestoredArticlesByTheirWordsAndLabels() throws IOException {
        jdbc.update("UPDATE articles SET body_markdown = 'The harbour reopened' WHERE id = 3");
        jdbc.update("UPDATE labels SET name = 'Shipping', slug = 'shipping' WHERE id = 5");
        Path backup = export(true);
        site.firstStart("hash");

        backups.restore(backup, ADMIN, false);

        assertThat(search("harbours")).containsExactly(3L);
        assertThat(search("shipping"))
                .isNotEmpty()
                .allMatch(id -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM article_labels WHERE label_id = 5 AND article_id = ?",
                                Long.class,
                                id)
                        == 1);
    }

    private java.util.List<Long> search(String words) {
        return jdbc.queryForList(
                "SELECT id FROM articles WHERE search_vector @@ plainto_tsquery('english', ?) " + "ORDER BY id",
                Long.class,
                words);
    }
}
