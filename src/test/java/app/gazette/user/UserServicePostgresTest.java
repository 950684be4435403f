package app.gazette.user;

import app.gazette.support.PostgresTest;

/** The same user rules on PostgreSQL (locks, case-insensitive checks). */
@PostgresTest
class UserServicePostgresTest extends UserServiceTest {}
