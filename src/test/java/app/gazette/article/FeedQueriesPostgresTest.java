package app.gazette.article;

import app.gazette.support.PostgresTest;

/** The same feed and sitemap queries on PostgreSQL. */
@PostgresTest
class FeedQueriesPostgresTest extends FeedQueriesTest {}
