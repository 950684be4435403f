package app.gazette.comment;

import app.gazette.support.PostgresTest;

/** The same spam-defence tests on PostgreSQL. */
@PostgresTest
class CommentDefencesPostgresTest extends CommentDefencesTest {}
