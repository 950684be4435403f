package app.gazette.search;

import static app.gazette.article.TestArticles.author;
import static app.gazette.article.TestArticles.written;
import static org.assertj.core.api.Assertions.assertThat;

import app.gazette.article.ArticleStatus;
import app.gazette.label.Label;
import app.gazette.shared.LabelLink;
import app.gazette.shared.SiteFormats;
import app.gazette.support.FakeMedia;
import app.gazette.support.TestSites;
import app.gazette.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@DataJpaTest
@Import({SearchService.class, SearchServiceTest.Config.class, FakeMedia.class})
class SearchServiceTest {

    static final Instant NOW = Instant.parse("2019-02-10T12:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        SiteFormats siteFormats() {
            return TestSites.utc();
        }
    }

    @Autowired
    SearchService search;

    @Autowired
    TestEntityManager entities;

    @Autowired
    JdbcTemplate jdbc;

    User ada;

    @BeforeEach
    void writer() {
        ada = entities.persist(author("ada"));
    }

    String expectedStrategy() {
        return "H2Search";
    }

    @Test
    void usesTheDatabasesOwnSearch() {
        assertThat(search.strategyName()).isEqualTo(expectedStrategy());
    }

    @Test
    void titleMatchRanksAboveBodyOnlyMatch() {
        persist(written(
                ada,
                "body-only",
                "Tides of February",
                null,
                "A calm week.\n\nLater the harbour was mentioned once.",
                "2019-02-09T10:00:00Z"));
        persist(written(ada, "in-title", "Harbour reopens", null, "Ships are back.", "2019-02-01T10:00:00Z"));

        SearchResults found = search.search(SearchQuery.of("harbour"), 1, 10);

        assertThat(found.page().entries())
                .extracting(SearchResult::title)
                .containsExactly("Harbour reopens", "Tides of February");
        assertThat(found.total()).isEqualTo(2);
        assertThat(found.page().entries().get(0).permalink()).isEqualTo("/2019/02/in-title");
        assertThat(found.page().entries().get(0).date()).isEqualTo("Friday 1 February 2019");
    }

    @Test
    void draftsScheduledAndTrashedArticlesAreNeverFound() {
        persist(written(ada, "visible", "Zebra crossing", null, "Zebra.", "2019-02-01T10:00:00Z"));
        persist(written(ada, "scheduled", "Zebra tomorrow", null, "Zebra.", "2019-02-11T10:00:00Z"));
        persist(written(ada, "draft", "Zebra draft", null, "Zebra.", "2019-02-01T10:00:00Z"));
        persist(written(ada, "trashed", "Zebra trashed", null, "Zebra.", "2019-02-01T10:00:00Z"));
        setStatus("draft", ArticleStatus.DRAFT);
        setStatus("trashed", ArticleStatus.TRASHED);

        SearchResults found = search.search(SearchQuery.of("zebra"), 1, 10);

        assertThat(found.page().entries()).extracting(SearchResult::title).containsExactly("Zebra crossing");
        assertThat(found.total()).isEqualTo(1);
    }

    @Test
    void snippetIsEscapedTextWithTheMatchMarked() {
        persist(written(
                ada,
                "markup",
                "Sailing news",
                "A short excerpt.",
                "Results: Tom & Jerry said 1 < 2 and <b>x</b> before the regatta \u0002began\u0003 \"here\".",
                "2019-02-01T10:00:00Z"));

        String snippet = search.search(SearchQuery.of("regatta"), 1, 10)
                .page()
                .entries()
                .get(0)
                .snippetHtml();

        assertThat(snippet)
                .contains("<mark>regatta</mark>", "Tom &amp; Jerry", "&quot;here")
                .doesNotContain("<b>", "<mark>began");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void labelNamesAreSearchedAndShown() {
        Label lighthouse = entities.persist(new Label("Lighthouse"));
        persist(written(
                ada, "labelled", "Keepers retire", null, "The last keepers left.", "2019-02-01T10:00:00Z", lighthouse));
        persist(written(ada, "unlabelled", "Keepers of the flame", null, "Olympics.", "2019-02-02T10:00:00Z"));

        SearchResults found = search.search(SearchQuery.of("lighthouse"), 1, 10);

        assertThat(found.page().entries()).extracting(SearchResult::title).containsExactly("Keepers retire");
        assertThat(found.page().entries().get(0).labels()).containsExactly(LabelLink.of("Lighthouse"));
    }

    @Test
    void renamedLabelIsFoundByItsNewName() {
        Label label = entities.persist(new Label("Beacon"));
        persist(written(
                ada, "renamed", "Keepers retire", null, "The last keepers left.", "2019-02-01T10:00:00Z", label));

        jdbc.update("update labels set name = 'Foghorn', slug = 'foghorn' where id = ?", label.getId());

        assertThat(search.search(SearchQuery.of("foghorn"), 1, 10).total()).isEqualTo(1);
        assertThat(search.search(SearchQuery.of("beacon"), 1, 10).total()).isZero();
    }

    @Test
    void deletedArticleWithLabelsIsGone() {
        Label label = entities.persist(new Label("Beacon"));
        long id = persist(written(ada, "deleted", "Beacon lit", null, "Beacon.", "2019-02-01T10:00:00Z", label));

        jdbc.update("delete from articles where id = ?", id);

        assertThat(search.search(SearchQuery.of("beacon"), 1, 10).total()).isZero();
    }

    @Test
    void pagesAreNumberedFromOneAndClampedToTheLast() {
        for (int i = 1; i <= 3; i++) {
            persist(written(ada, "puffin-" + i, "Puffin count " + i, null, "Puffins.", "2019-02-0" + i + "T10:00:00Z"));
        }

        SearchResults first = search.search(SearchQuery.of("puffin"), 1, 2);
        SearchResults second = search.search(SearchQuery.of("puffin"), 2, 2);

        assertThat(first.page().entries()).hasSize(2);
        assertThat(first.page().totalPages()).isEqualTo(2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.page().entries())
                .hasSize(1)
                .extracting(SearchResult::title)
                .doesNotContainAnyElementsOf(
                        first.page().entries().stream().map(SearchResult::title).toList());
        assertThat(search.search(SearchQuery.of("puffin"), 99, 2).page().number())
                .isEqualTo(2);
        assertThat(search.search(SearchQuery.of("puffin"), -5, 2).page().number())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"harbour",
                "harbour OR -zebra",
                "*",
                "har%",
                "_",
                "!!",
                "a & | b",
                "(((",
                "' or 1=1 --",
                "\\",
                ":*",
                "<->"
            })
    void operatorsQuotesAndWildcardsNeverFail(String query) {
        persist(written(ada, "harbour", "Harbour reopens", null, "Ships are back.", "2019-02-01T10:00:00Z"));

        SearchResults found = search.search(SearchQuery.of(query), 1, 10);

        assertThat(found.total()).isLessThanOrEqualTo(1);
        assertThat(found.page().number()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "%%", "*"})
    void wildcardsAloneMatchNothing(String query) {
        persist(written(ada, "harbour", "Harbour 100% open_now", null, "Ships are back.", "2019-02-01T10:00:00Z"));

        assertThat(search.search(SearchQuery.of(query), 1, 10).total()).isZero();
    }

    long persist(app.gazette.article.Article article) {
        long id = entities.persist(article).getId();
        entities.flush();
        return id;
    }

    void setStatus(String slug, ArticleStatus status) {
        entities.getEntityManager()
                .createQuery("update Article a set a.status = :s where a.slug = :slug")
                .setParameter("s", status)
                .setParameter("slug", slug)
                .executeUpdate();
    }
}
