package app.gazette.backup;

import java.time.Instant;

/**
 * What a restore brought back: rows per kind, when the backup was made, and whether the admin who
 * restored it was in it (else their account was added to the restored ones).
 */
public record RestoreSummary(
        long users, long articles, long comments, long labels, Instant exportedAt, boolean adminInBackup) {}
