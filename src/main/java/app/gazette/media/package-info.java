/**
 * Pictures: uploaded images checked, oriented, stripped of metadata and scaled into a master and
 * responsive derivatives ({@code media.image}), kept in a {@code MediaStore} on disk or in
 * S3-compatible storage and served under {@code /media/}. Processing runs on its own bounded
 * executor, never on the request threads. Finding pictures is one statement however many a page
 * shows: it reads the uploader's display name from {@code users} in the same query.
 * Backups carry the stored files through {@code MediaArchive}.
 */
@ApplicationModule(
        displayName = "Media",
        allowedDependencies = {"pagecache", "security", "shared", "site", "user"})
package app.gazette.media;

import org.springframework.modulith.ApplicationModule;
