package app.gazette.comment;

import app.gazette.support.PostgresTest;

/** The same comment feed queries on PostgreSQL. */
@PostgresTest
class CommentFeedQueriesPostgresTest extends CommentFeedQueriesTest {}
