package app.gazette.security;

import java.time.Duration;
import java.time.Instant;

/** A refused sign-in: when it may be tried again, and how long that is from now. */
public record LoginLock(Instant until, Duration left) {}
