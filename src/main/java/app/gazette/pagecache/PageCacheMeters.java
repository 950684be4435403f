package app.gazette.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The page cache in /actuator/prometheus: gazette_page_cache_requests_total by result (hit: sent from memory;
 * miss: rendered by the full chain), so the hit ratio is hit / (hit + miss), and the memory its pages take.
 */
record PageCacheMeters(Counter hits, Counter misses) {

    static PageCacheMeters of(MeterRegistry registry) {
        return new PageCacheMeters(counter(registry, "hit"), counter(registry, "miss"));
    }

    static PageCacheMeters of(MeterRegistry registry, Cache<String, CachedPage> pages) {
        Gauge.builder(
                        "gazette.page.cache.size",
                        pages,
                        cache -> cache.policy()
                                .eviction()
                                .map(eviction -> eviction.weightedSize().orElse(0))
                                .orElse(0L))
                .description("Memory the cached reader pages take")
                .baseUnit("bytes")
                .register(registry);
        return of(registry);
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("gazette.page.cache.requests")
                .description("Anonymous GET/HEAD requests for reader pages, by whether the page cache answered")
                .tag("result", result)
                .register(registry);
    }
}
