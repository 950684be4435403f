package app.gazette.security;

import app.gazette.support.PostgresTest;

/** The same guard tests on PostgreSQL. */
@PostgresTest
class LoginGuardPostgresTest extends LoginGuardTest {}
