package app.gazette.pagecache;

import app.gazette.security.SiteAreas;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Reader pages answer conditional requests: an ETag of the bytes sent (so it changes with any
 * article, comment, label or setting, and when a scheduled article appears) and 304 when unchanged.
 * They may be kept briefly by shared caches; errors from the server are not kept. The newsroom is
 * left alone: Spring Security marks it no-store. So are media files, which send their own ETag and
 * must not be held in memory to compute one.
 */
class PublicPageCaching extends ShallowEtagHeaderFilter {

    static final String CACHE_CONTROL = "public, max-age=60";

    PublicPageCaching() {
        setWriteWeakETag(true);
    }

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
        super.doFilterInternal(request, response, (req, res) -> {
            chain.doFilter(req, res);
            HttpServletResponse answer = (HttpServletResponse) res;
            if (answer.getStatus() >= 500) {
                answer.setHeader("Cache-Control", "no-store");
            } else if (answer.getHeader("Cache-Control") == null) {
                answer.setHeader("Cache-Control", CACHE_CONTROL);
            }
        });
    }
}
