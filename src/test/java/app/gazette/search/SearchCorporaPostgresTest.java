package app.gazette.search;

import app.gazette.support.PostgresTest;

/** The corpora as queries on PostgreSQL's full text search. */
@PostgresTest
class SearchCorporaPostgresTest extends SearchCorporaTest {}
