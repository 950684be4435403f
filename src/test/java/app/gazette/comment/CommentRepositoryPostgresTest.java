package app.gazette.comment;

import app.gazette.support.PostgresTest;

/** The same repository tests on PostgreSQL. */
@PostgresTest
class CommentRepositoryPostgresTest extends CommentRepositoryTest {}
