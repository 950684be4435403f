package app.gazette.article;

import app.gazette.support.PostgresTest;

/** The same repository tests on PostgreSQL. */
@PostgresTest
class ArticleRepositoryPostgresTest extends ArticleRepositoryTest {}
