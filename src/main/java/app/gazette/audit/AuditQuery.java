package app.gazette.audit;

import java.time.Instant;

/**
 * A filter on the audit log: by exact user name, action, and time from (inclusive) to (exclusive);
 * null means any. Pages are numbered from 1.
 */
public record AuditQuery(String username, AuditAction action, Instant from, Instant to, int page) {}
