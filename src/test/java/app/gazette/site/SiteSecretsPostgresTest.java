package app.gazette.site;

import app.gazette.support.PostgresTest;

/** The same secret tests on PostgreSQL. */
@PostgresTest
class SiteSecretsPostgresTest extends SiteSecretsTest {}
