package app.gazette.pagecache;

import app.gazette.security.SiteAreas;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages and assets answer conditional requests: an ETag (the handler's, else one of the
 * bytes sent, so it changes with any article, comment, label or setting) and 304 when unchanged,
 * judged here once for GET and HEAD alike ({@code *} included; If-Modified-Since only without
 * If-None-Match), so a 304 carries the same ETag, Vary and Cache-Control as the 200. The chain
 * answers as to a plain GET. Shared caches may keep pages briefly; server errors are not kept.
 * The newsroom is left alone: Spring Security marks it no-store. So are media files, which send
 * their own ETag and must not be held in memory to compute one.
 */
class PublicPageCaching extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "public, max-age=60";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        SiteAreas.Area area = SiteAreas.of(path);
        return !read || !area.isPublic() || area == SiteAreas.Area.MEDIA;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(new PlainGet(request), capture);
        int status = capture.getStatus();
        if (status >= 500) {
            capture.setHeader("Cache-Control", "no-store");
        } else if (capture.getHeader("Cache-Control") == null) {
            capture.setHeader("Cache-Control", CACHE_CONTROL);
        }
        if (status == HttpServletResponse.SC_OK
                && !capture.getHeader("Cache-Control").contains("no-store")) {
            if (capture.getHeader("Vary") == null) {
                capture.setHeader("Vary", "Accept-Encoding");
            }
            String etag = capture.getHeader("ETag");
            if (etag == null) {
                etag = "W/\"0" + DigestUtils.md5DigestAsHex(capture.getContentAsByteArray()) + "\"";
                capture.setHeader("ETag", etag);
            }
            if (NotModified.check(request, etag, lastModified(capture.getHeader("Last-Modified")))) {
                capture.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        if ("HEAD".equals(request.getMethod()) && !capture.isCommitted()) {
            response.setContentLength(capture.getContentSize());
            return;
        }
        capture.copyBodyToResponse();
    }

    private static long lastModified(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant()
                    .toEpochMilli();
        } catch (DateTimeParseException unreadable) {
            return -1;
        }
    }

    /** The request as a GET without its conditions: the handler sends everything, this filter judges. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        private static final Set<String> CONDITIONS = Set.of("if-none-match", "if-modified-since");

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getHeader(String name) {
            return isCondition(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isCondition(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return isCondition(name) ? -1 : super.getDateHeader(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !isCondition(name))
                    .toList());
        }

        private static boolean isCondition(String name) {
            return CONDITIONS.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
