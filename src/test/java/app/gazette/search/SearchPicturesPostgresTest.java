package app.gazette.search;

import app.gazette.support.PostgresTest;

/** The same search results with pictures and labels on PostgreSQL. */
@PostgresTest
class SearchPicturesPostgresTest extends SearchPicturesTest {}
