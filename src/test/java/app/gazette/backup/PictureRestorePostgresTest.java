package app.gazette.backup;

import app.gazette.support.PostgresTest;

/** The same checks of pictures' files on PostgreSQL, whose restore pages media_files in its own key order. */
@PostgresTest
class PictureRestorePostgresTest extends PictureRestoreTest {}
