package app.gazette.site.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over a limit with the 413 page before anything reads them: 5 MB in the
 * newsroom (articles), 1 MB anywhere else (comments), more for the uploads listed by path. Tomcat's
 * own form limit is set above these; the multipart limits (application.properties) fit the uploads.
 */
class BodySizeLimit extends OncePerRequestFilter {

    static final long NEWSROOM_LIMIT = 5L * 1024 * 1024;
    static final long READER_LIMIT = 1024L * 1024;
    /** Uploads larger than the newsroom's limit, by path (only admins may send them: UploadGuard). */
    static final Map<String, Long> UPLOAD_LIMITS = Map.of(
            "/admin/backup/restore", 200L * 1024 * 1024,
            "/admin/import", 200L * 1024 * 1024);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = UPLOAD_LIMITS.getOrDefault(path, path.startsWith("/admin") ? NEWSROOM_LIMIT : READER_LIMIT);
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
