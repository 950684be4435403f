package app.gazette.media.fetch;

import java.time.Duration;

/**
 * What one remote fetch may cost: bytes, time and redirects; and whether loopback addresses are
 * allowed (tests only: {@code gazette.media.fetch.allow-loopback}; private, link-local and other
 * internal addresses are refused even then).
 */
public record FetchLimits(
        long maxBytes, Duration connectTimeout, Duration totalTime, int maxRedirects, boolean allowLoopback) {

    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

    public static FetchLimits defaults(boolean allowLoopback) {
        return new FetchLimits(DEFAULT_MAX_BYTES, Duration.ofSeconds(5), Duration.ofSeconds(30), 3, allowLoopback);
    }
}
