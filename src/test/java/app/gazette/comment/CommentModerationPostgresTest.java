package app.gazette.comment;

import app.gazette.support.PostgresTest;

/** The same moderation service tests on PostgreSQL. */
@PostgresTest
class CommentModerationPostgresTest extends CommentModerationTest {}
