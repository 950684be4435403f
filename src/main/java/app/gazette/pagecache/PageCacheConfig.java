package app.gazette.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Rendered reader pages kept in memory, up to gazette.page-cache.max-mb. A page is refreshed once it
 * is gazette.page-cache.max-age old, which bounds time-driven changes no version records (such as
 * comments closing after N days); a change of content version makes it stale at once.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfig {

    @Bean
    Cache<String, CachedPage> pageCache(@Value("${gazette.page-cache.max-mb:64}") long maxMegabytes) {
        return Caffeine.newBuilder()
                .maximumWeight(maxMegabytes * 1024 * 1024)
                .weigher((String key, CachedPage page) -> page.weight() + key.length() * 2)
                .build();
    }

    /** First of all filters: a cached page is sent before security or MVC do any work. */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            Cache<String, CachedPage> pageCache,
            ContentVersion contentVersion,
            Clock clock,
            @Value("${gazette.page-cache.max-age:5m}") Duration maxAge,
            @Value("${gazette.page-cache.render-wait:20s}") Duration renderWait,
            MeterRegistry registry) {
        PageCacheFilter filter = new PageCacheFilter(
                pageCache,
                contentVersion,
                clock,
                maxAge,
                new InFlight(renderWait.toMillis()),
                PageCacheMeters.of(registry, pageCache));
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
