package app.gazette.outbox;

import java.time.Instant;

/**
 * A job handed to its handler: {@code attempt} counts from 1; {@code last} is true when a failure
 * now is not tried again (the 24 hours are up).
 */
public record OutboxJob(long id, String kind, String payload, int attempt, Instant createdAt, boolean last) {}
