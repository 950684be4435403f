package app.gazette.api.web;

import app.gazette.api.keys.ContentKeys;
import app.gazette.api.limit.RateLimiter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's gate on /api/*, right after the page cache (which leaves /api/ alone) and before the
 * parameter checks, the 405 filter and security. CORS: content keys are read-only and meant to be used
 * from browsers (as Ghost's), so any origin may read by default ({@code gazette.api.cors-origins=*});
 * a list of origins narrows it, and an empty value sends no CORS headers at all.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfig {

    @Bean
    FilterRegistrationBean<ApiGate> apiGate(
            ContentKeys keys,
            RateLimiter limiter,
            JsonMapper json,
            MessageSource messages,
            @Value("${gazette.api.cors-origins:*}") String corsOrigins) {
        FilterRegistrationBean<ApiGate> registration = new FilterRegistrationBean<>(
                new ApiGate(keys, limiter, new ApiErrors(json, messages), cors(corsOrigins)));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** GET and HEAD with the Authorization header, no cookies; null when no origin is allowed. */
    static CorsConfiguration cors(String origins) {
        List<String> allowed = Arrays.stream(origins.split(","))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toList();
        if (allowed.isEmpty()) {
            return null;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(allowed);
        cors.setAllowedMethods(List.of("GET", "HEAD"));
        cors.setAllowedHeaders(List.of("Authorization", "If-None-Match"));
        cors.setExposedHeaders(List.of("ETag", "Retry-After"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofDays(1));
        return cors;
    }
}
