package app.gazette.article;

import app.gazette.support.PostgresTest;

/** The same corrections and front-page queries on PostgreSQL. */
@PostgresTest
class NotesAndFrontPageQueriesPostgresTest extends NotesAndFrontPageQueriesTest {}
