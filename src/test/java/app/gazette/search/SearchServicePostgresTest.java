package app.gazette.search;

import app.gazette.support.PostgresTest;

/** The same search tests on PostgreSQL, where full text search answers. */
@PostgresTest
class SearchServicePostgresTest extends SearchServiceTest {

    @Override
    String expectedStrategy() {
        return "PostgresSearch";
    }
}
