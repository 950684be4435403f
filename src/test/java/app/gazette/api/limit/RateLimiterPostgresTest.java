package app.gazette.api.limit;

import app.gazette.support.PostgresTest;

/** The same limits on PostgreSQL. */
@PostgresTest
class RateLimiterPostgresTest extends RateLimiterTest {}
