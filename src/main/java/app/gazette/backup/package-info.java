/**
 * The whole site as one zip and back ({@code docs/backup-format.md}): every table listed in
 * {@code BackupFormat} is written and restored by JDBC, since a backup is of the database as a whole,
 * and the pictures' stored files through the media library's {@code MediaArchive}.
 * A restore holds every row to the editor's rules (article: slugs, the Markdown renderer that makes
 * articles' HTML again; label: label names) and publishes a content change.
 */
@ApplicationModule(
        displayName = "Backup and restore",
        allowedDependencies = {"article", "label", "media", "pagecache", "shared", "site"})
package app.gazette.backup;

import org.springframework.modulith.ApplicationModule;
