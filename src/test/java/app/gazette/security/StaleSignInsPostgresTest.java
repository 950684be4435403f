package app.gazette.security;

import app.gazette.support.PostgresTest;

/** The same pruning and lock tests on PostgreSQL. */
@PostgresTest
class StaleSignInsPostgresTest extends StaleSignInsTest {}
