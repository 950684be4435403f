/**
 * Work done after a transaction commits, at least once and by one node at a time (table
 * {@code outbox_jobs}): a feature {@link app.gazette.outbox.Outbox#enqueue enqueues} a job of a kind
 * inside its own transaction, so a rolled-back change leaves none; the {@link app.gazette.outbox.OutboxWorker}
 * claims due jobs in the database and hands each to the {@link app.gazette.outbox.OutboxHandler} of its
 * kind, retrying failures with {@link app.gazette.outbox.Backoff} until it gives up. Uses no feature.
 */
@ApplicationModule(
        displayName = "Outbox",
        allowedDependencies = {"shared"})
package app.gazette.outbox;

import org.springframework.modulith.ApplicationModule;
