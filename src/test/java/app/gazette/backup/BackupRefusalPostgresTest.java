package app.gazette.backup;

import app.gazette.support.PostgresTest;

/** The same refusals on PostgreSQL, where a refused statement aborts the transaction. */
@PostgresTest
class BackupRefusalPostgresTest extends BackupRefusalTest {}
