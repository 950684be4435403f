package app.gazette.article;

import app.gazette.support.PostgresTest;

/** The same revision repository tests on PostgreSQL. */
@PostgresTest
class RevisionRepositoryPostgresTest extends RevisionRepositoryTest {}
