package app.gazette.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.gazette.article.CatalogQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleParametersTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void defaultsAreTheNewestFifteen() {
        assertThat(ArticleParameters.query(Map.of(), PARIS))
                .isEqualTo(new CatalogQuery(null, null, null, null, null, CatalogQuery.Order.NEWEST, 1, 15));
    }

    @Test
    void aDateStartsInTheSitesZoneAndADateTimeKeepsItsOffset() {
        CatalogQuery query = ArticleParameters.query(
                Map.of("published_after", "2026-06-01", "published_before", "2026-06-02T10:00:00+02:00"), PARIS);
        assertThat(query.publishedAfter()).isEqualTo(Instant.parse("2026-05-31T22:00:00Z"));
        assertThat(query.publishedBefore()).isEqualTo(Instant.parse("2026-06-02T08:00:00Z"));
    }

    @Test
    void ordersAreNamedAsInTheDocument() {
        assertThat(ArticleParameters.query(Map.of("order", "published_at  asc"), PARIS)
                        .order())
                .isEqualTo(CatalogQuery.Order.OLDEST);
        assertThat(ArticleParameters.query(Map.of("order", "title"), PARIS).order())
                .isEqualTo(CatalogQuery.Order.TITLE);
    }

    @Test
    void featuredIsTrueOrFalse() {
        assertThat(ArticleParameters.query(Map.of("featured", "true"), PARIS).featured())
                .isTrue();
        assertThat(ArticleParameters.query(Map.of("featured", "false"), PARIS).featured())
                .isFalse();
        assertThatThrownBy(() -> ArticleParameters.query(Map.of("featured", "yes"), PARIS))
                .isInstanceOfSatisfying(
                        ApiProblem.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("api.error.parameter.featured"));
    }

    @Test
    void fieldsKeepTheApisOrder() {
        assertThat(ArticleParameters.fields("title, id")).containsExactly("id", "title");
        assertThat(ArticleParameters.fields(null)).isEqualTo(ArticleJson.FIELDS);
    }

    @Test
    void anythingMalformedIsRefusedByName() {
        assertThatThrownBy(() -> ArticleParameters.query(Map.of("limit", "101"), PARIS))
                .isInstanceOfSatisfying(
                        ApiProblem.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("api.error.parameter.limit"));
        assertThatThrownBy(() -> ArticleParameters.fields("id,,title")).isInstanceOf(ApiProblem.class);
    }
}
