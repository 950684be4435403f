package app.gazette.article;

import app.gazette.support.PostgresTest;

/** The same label counts on PostgreSQL. */
@PostgresTest
class LabelCountsQueryPostgresTest extends LabelCountsQueryTest {}
