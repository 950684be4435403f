package app.gazette.audit;

import app.gazette.support.PostgresTest;

/** The same audit-log queries on PostgreSQL. */
@PostgresTest
class AuditLogPostgresTest extends AuditLogTest {}
