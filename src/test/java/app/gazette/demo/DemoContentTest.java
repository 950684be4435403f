package app.gazette.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArchiveYear;
import app.gazette.article.ArticleService;
import app.gazette.article.ArticleSummaryView;
import app.gazette.article.ArticleWriter;
import app.gazette.article.ListPosition;
import app.gazette.shared.ListPage;
import app.gazette.support.FakeMedia;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile fills an empty site with enough to see paging, date headers, labels and archive. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:gazette-demo-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@Import(FakeMedia.class)
class DemoContentTest {

    @Autowired
    DemoContent demo;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleWriter writer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fillsSeveralPagesAndMonthsWithLabelsAndComments() {
        ListPage<ArticleSummaryView> first = articles.newest(ListPosition.NEWEST, 10);
        List<ArchiveYear> archive = articles.archive();

        assertThat(writer.count()).isEqualTo(31);
        assertThat(first.hasOlder()).isTrue();
        assertThat(articles.newest(ListPosition.page(4), 10).entries()).hasSize(1);
        assertThat(archive.stream().mapToInt(year -> year.months().size()).sum())
                .isGreaterThanOrEqualTo(4);
        assertThat(articles.labelCounts()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(first.entries())
                .allSatisfy(entry -> assertThat(entry.labels()).isNotEmpty());
        assertThat(first.entries())
                .anySatisfy(entry -> assertThat(entry.commentCount()).isPositive());
        assertThat(first.entries().stream()
                        .map(ArticleSummaryView::day)
                        .distinct()
                        .count())
                .isLessThan(first.entries().size());
    }

    @Test
    void theNewestArticlesHaveDrawnFeaturedPicturesInTheLibrary() {
        assertThat(jdbc.queryForObject("select count(*) from media", Integer.class))
                .isEqualTo(6);
        assertThat(jdbc.queryForObject(
                        "select count(*) from articles where featured_media_id is not null and featured_alt <> ''",
                        Integer.class))
                .isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from media_usages", Integer.class))
                .isEqualTo(6);
    }

    @Test
    void runningAgainAddsNothing() throws Exception {
        long before = writer.count();

        demo.run(new DefaultApplicationArguments());

        assertThat(writer.count()).isEqualTo(before);
    }
}
