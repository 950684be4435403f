/**
 * The audit log (table {@code audit_log}): who did what in the newsroom, when and from which
 * address, shared by every node — article publishing, scheduling, unpublishing, trash, restore and
 * delete; sign-ins (failed ones too) and sign-outs; accounts created, given a role, enabled,
 * disabled or given a password; two-factor sign-in turned on or off, recovery codes used, and its
 * requirement of staff; settings; imports; restores; deleted pictures. Kept for
 * {@code gazette.audit.retention} (a daily cleanup on one node), read on the admins' page
 * {@code /admin/audit}.
 *
 * <p>The log listens; nobody calls it. A feature that wants its actions logged publishes an event of
 * its own (a record in its root package, inside the changing transaction), and a listener method in
 * {@code AuditListeners} turns it into an entry with a new {@link app.gazette.audit.AuditAction}:
 * the audit module depends on the feature, never the other way round.
 */
@ApplicationModule(
        displayName = "Audit log",
        allowedDependencies = {"article", "backup", "importing", "media", "security", "shared", "site", "user"})
package app.gazette.audit;

import org.springframework.modulith.ApplicationModule;
