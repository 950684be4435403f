/**
 * The whole site as one zip and back ({@code docs/backup-format.md}): every table listed in
 * {@code BackupFormat} is written and restored by JDBC, since a backup is of the database as a whole.
 * A restore publishes a content change.
 */
@ApplicationModule(
        displayName = "Backup and restore",
        allowedDependencies = {"pagecache", "shared", "site"})
package app.gazette.backup;

import org.springframework.modulith.ApplicationModule;
