package app.gazette.audit;

import java.time.Instant;

/** An audit-log entry as the admin page shows it: the action by its key ({@link AuditAction}). */
public record AuditEntryView(Instant at, String username, String action, String target, String address) {}
