package app.gazette.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.PostgresTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same imports on PostgreSQL, whose statement-level triggers (V12) put the labels an import
 * adds into the search vector, and keep it right when labels are removed.
 */
@PostgresTest
class ImportServicePostgresTest extends ImportServiceTest {

    @Test
    void searchFindsImportedArticlesByTheirLabels() {
        importing(blog());
        long harbour = (Long) article("harbour-reopens").get("ID");

        assertThat(search("shipping")).containsExactly(harbour);

        jdbc.update("DELETE FROM article_labels WHERE article_id = ?", harbour);
        assertThat(search("shipping")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT label_names FROM articles WHERE id = ?", String.class, harbour))
                .isEmpty();
    }

    private List<Long> search(String words) {
        return jdbc.queryForList(
                "SELECT id FROM articles WHERE search_vector @@ plainto_tsquery('english', ?) " + "ORDER BY id",
                Long.class,
                words);
    }
}
