package app.gazette;

import app.gazette.support.PostgresTest;

/** The same migrations on PostgreSQL. */
@PostgresTest
class SchemaMigrationPostgresTest extends SchemaMigrationTest {}
