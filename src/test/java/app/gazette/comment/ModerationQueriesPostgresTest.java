package app.gazette.comment;

import app.gazette.support.PostgresTest;

/** The same moderation queries on PostgreSQL. */
@PostgresTest
class ModerationQueriesPostgresTest extends ModerationQueriesTest {}
