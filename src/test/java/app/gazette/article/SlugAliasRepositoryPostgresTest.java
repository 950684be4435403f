package app.gazette.article;

import app.gazette.support.PostgresTest;

/** The same slug alias repository tests on PostgreSQL. */
@PostgresTest
class SlugAliasRepositoryPostgresTest extends SlugAliasRepositoryTest {}
