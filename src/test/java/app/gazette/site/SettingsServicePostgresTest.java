package app.gazette.site;

import app.gazette.support.PostgresTest;

/** The same settings tests on PostgreSQL. */
@PostgresTest
class SettingsServicePostgresTest extends SettingsServiceTest {}
