package app.gazette.user;

import app.gazette.support.PostgresTest;

/** The same repository tests on PostgreSQL. */
@PostgresTest
class UserRepositoryPostgresTest extends UserRepositoryTest {}
