package app.gazette.article;

import app.gazette.support.PostgresTest;

/** The same newsroom query tests on PostgreSQL. */
@PostgresTest
class NewsroomQueriesPostgresTest extends NewsroomQueriesTest {}
