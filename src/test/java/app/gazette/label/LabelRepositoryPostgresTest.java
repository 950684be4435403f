package app.gazette.label;

import app.gazette.support.PostgresTest;

/** The same repository tests on PostgreSQL. */
@PostgresTest
class LabelRepositoryPostgresTest extends LabelRepositoryTest {}
