package app.gazette.pagecache;

import app.gazette.security.SiteAreas;
import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.dao.DataAccessException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves reader pages from memory, ahead of Spring Security and MVC. Only anonymous GET and HEAD
 * requests are answered here (no session cookie, no credentials), and only with pages the full
 * chain answered 200 without setting a cookie or forbidding storage, so a page never carries
 * anything of one visitor. Entries are for one {@link ContentVersion}: any change readers can
 * see, on any node, makes them stale. A page older than max-age (time-driven changes no version
 * records) is refreshed by one request while the others are still answered from it; concurrent
 * misses of one page wait for a single render ({@link InFlight}). Only the query parameters the
 * page reads take part ({@link PageQuery}): the page renders without the others, and the key is
 * the scheme, path and canonical query (never the Host, which no reader page shows).
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final int MAX_PAGE_BYTES = 1024 * 1024;
    private static final Set<String> CACHED_TYPES = Set.of(
            "text/html", "application/atom+xml", "application/rss+xml", "application/xml", "text/xml", "text/plain");

    private final Cache<String, CachedPage> pages;
    private final ContentVersion contentVersion;
    private final Clock clock;
    private final Duration maxAge;
    private final InFlight inFlight;
    private final PageCacheMeters meters;

    PageCacheFilter(
            Cache<String, CachedPage> pages,
            ContentVersion contentVersion,
            Clock clock,
            Duration maxAge,
            InFlight inFlight,
            PageCacheMeters meters) {
        this.pages = pages;
        this.contentVersion = contentVersion;
        this.clock = clock;
        this.maxAge = maxAge;
        this.inFlight = inFlight;
        this.meters = meters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)
                || request.getHeader("Authorization") != null
                || hasSessionCookie(request)) {
            return true;
        }
        return SiteAreas.of(pathOf(request)) != SiteAreas.Area.READER;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentVersion.Key version;
        try {
            version = contentVersion.current();
        } catch (DataAccessException unavailable) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PageQuery> query = PageQuery.of(pathOf(request), request.getQueryString());
        if (query.isEmpty()) {
            chain.doFilter(request, response);
        } else {
            serve(new CanonicalRequest(request, query.get()), response, chain, version);
        }
    }

    private void serve(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, ContentVersion.Key version)
            throws ServletException, IOException {
        String key = key(request);
        CachedPage page = pages.getIfPresent(key);
        boolean current = page != null && page.version().equals(version);
        if (current && (isFresh(page) || inFlight.isRendering(key) || "HEAD".equals(request.getMethod()))) {
            meters.hits().increment();
            page.writeTo(request, response);
            return;
        }
        meters.misses().increment();
        if ("HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        CompletableFuture<CachedPage> render = new CompletableFuture<>();
        CompletableFuture<CachedPage> leader = inFlight.lead(key, render);
        if (leader != null) {
            CachedPage rendered = current ? page : inFlight.await(leader);
            if (rendered != null && rendered.version().equals(version)) {
                rendered.writeTo(request, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        render(request, response, chain, key, version, render);
    }

    private void render(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            String key,
            ContentVersion.Key version,
            CompletableFuture<CachedPage> render)
            throws ServletException, IOException {
        CachedPage kept = null;
        CachedPage.Capture capture = new CachedPage.Capture(response);
        try {
            chain.doFilter(request, capture);
            if (isStorable(capture)) {
                kept = CachedPage.of(version, clock.instant(), capture);
                pages.put(key, kept);
            }
        } finally {
            inFlight.done(key, render, kept);
            capture.copyBodyToResponse();
        }
    }

    private boolean isFresh(CachedPage page) {
        return page.stored().plus(maxAge).isAfter(clock.instant());
    }

    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getScheme() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SiteAreas.SESSION_COOKIES.contains(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isStorable(CachedPage.Capture response) {
        String cacheControl = response.getHeader("Cache-Control");
        String type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK
                && response.getHeader("Set-Cookie") == null
                && (cacheControl == null || !cacheControl.contains("no-store") && !cacheControl.contains("private"))
                && type != null
                && CACHED_TYPES.contains(type.split(";")[0].strip().toLowerCase(Locale.ROOT))
                && response.getContentSize() <= MAX_PAGE_BYTES;
    }
}
