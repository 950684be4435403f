package app.gazette.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.support.Browser;
import app.gazette.support.FakeMedia;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** gazette.seed.articles fills an empty site with the benchmark's data set, which pages then show. */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:gazette-seed-test;DB_CLOSE_DELAY=-1",
            "gazette.seed.articles=20"
        })
@Import(FakeMedia.class)
class BulkSeederTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BulkSeeder seeder;

    @Test
    void seedsArticlesWithLabelsAndCommentsThatPagesShow() throws Exception {
        SeedData.Post hot = new SeedData(42).post(0);
        assertThat(count("SELECT COUNT(*) FROM articles")).isEqualTo(21);
        assertThat(count("SELECT COUNT(*) FROM article_labels al JOIN articles a ON a.id = al.article_id"
                        + " WHERE a.author_id <> 1"))
                .isEqualTo(20 * SeedData.LABELS_PER_ARTICLE);
        assertThat(count("SELECT MAX(n) FROM (SELECT COUNT(*) n FROM comments GROUP BY article_id) c"))
                .isEqualTo(SeedData.HOT_COMMENTS);
        assertThat(count("SELECT COUNT(*) FROM comments")).isBetween(19L * 5 + 50, 19L * 15 + 50);

        Browser browser = new Browser(port);
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(hot.title()).contains(hot.labels().get(0));
        String hotSlug = jdbc.queryForObject(
                "SELECT a.slug FROM articles a JOIN comments c ON c.article_id = a.id"
                        + " GROUP BY a.slug HAVING COUNT(*) = 50",
                String.class);
        HttpResponse<String> article = browser.get("/2025/12/" + hotSlug);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("50 comments");
    }

    @Test
    void runningAgainAddsNothing() {
        long before = count("SELECT COUNT(*) FROM comments");

        seeder.run(new DefaultApplicationArguments());

        assertThat(count("SELECT COUNT(*) FROM comments")).isEqualTo(before);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
