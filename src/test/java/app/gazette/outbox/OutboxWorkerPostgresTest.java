package app.gazette.outbox;

import app.gazette.support.PostgresTest;

/** The same worker on PostgreSQL: two workers claiming at once still run each job once. */
@PostgresTest
class OutboxWorkerPostgresTest extends OutboxWorkerTest {}
