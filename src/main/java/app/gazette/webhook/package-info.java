/**
 * Webhooks (tables {@code webhooks}, {@code webhook_deliveries}, {@code webhook_state}): addresses
 * admins register hear, as signed JSON, when articles are published, updated, unpublished or deleted,
 * comments approved and the site settings changed. Events become {@code outbox} jobs in the
 * transaction that caused them, so only committed changes are sent; a scheduled article going live
 * (which has no event) is found by a poll claimed in {@code webhook_state}. Destinations are called
 * only at public addresses ({@link app.gazette.shared.PublicAddresses}) unless an admin allows
 * private ones.
 */
@ApplicationModule(
        displayName = "Webhooks",
        allowedDependencies = {"article", "comment", "outbox", "shared", "site"})
package app.gazette.webhook;

import org.springframework.modulith.ApplicationModule;
